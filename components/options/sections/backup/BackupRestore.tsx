import { useState } from 'preact/hooks';
import type { BackupFile } from '../../../../lib/data/backup/format';
import {
  previewHasChanges,
  restorePreview,
  type RestorePreview,
} from '../../../../lib/data/backup/preview';
import { restoreBackup, validateBackup } from '../../../../lib/data/backup/restore';
import type { PackProblem } from '../../../../lib/core/packs/problems';
import { useI18n } from '../../../shared/i18n';
import { FileButton } from '../../common/FileButton';
import { ProblemList } from '../../common/ProblemList';
import { readFileText } from '../../common/read-file';
import { useDb } from '../../data/db-context';
import { BackupSummary } from './BackupSummary';
import { RestoreChanges } from './RestoreChanges';

type Step =
  | { step: 'idle' }
  | { step: 'invalid'; problems: PackProblem[] }
  | { step: 'checked'; text: string; backup: BackupFile; preview: RestorePreview }
  | { step: 'restored' };

/**
 * Restores a backup in two steps: the file is checked first (nothing is touched) and its content
 * shown, with what it would change among subscriptions, trusted keys and the contact-key
 * secret; when it changes any of those the agent ticks that they checked them. Only then does
 * an explicit click replace the data, in one transaction.
 */
export function BackupRestore() {
  const { t } = useI18n();
  const db = useDb();
  const [state, setState] = useState<Step>({ step: 'idle' });
  const [acknowledged, setAcknowledged] = useState(false);

  const check = async (file: File) => {
    setAcknowledged(false);
    const text = await readFileText(file).catch(() => '');
    const checked = validateBackup(text);
    if (!checked.ok) return setState({ step: 'invalid', problems: checked.errors });
    const preview = await restorePreview(db, checked.backup);
    setState({ step: 'checked', text, backup: checked.backup, preview });
  };

  const restore = async (text: string) => {
    const result = await restoreBackup(db, text);
    setState(result.ok ? { step: 'restored' } : { step: 'invalid', problems: result.errors });
  };

  return (
    <div class="backup-restore">
      <h3>{t('options.backup.restoreTitle')}</h3>
      <p class="hint">{t('options.backup.restoreHint')}</p>
      <p class="hint">{t('options.backup.sensitive')}</p>
      <FileButton
        label={t('options.backup.chooseFile')}
        accept=".json,application/json"
        testId="backup-file"
        onFile={(file) => void check(file)}
      />
      {state.step === 'invalid' ? <ProblemList problems={state.problems} document={null} /> : null}
      {state.step === 'checked' ? (
        <div class="notice">
          <BackupSummary backup={state.backup} />
          <p>{t('options.backup.replaceWarning')}</p>
          <RestoreChanges preview={state.preview} changed={previewHasChanges(state.preview)} />
          {previewHasChanges(state.preview) && (
            <label class="checkbox">
              <input
                type="checkbox"
                data-testid="restore-ack"
                checked={acknowledged}
                onChange={(event) => setAcknowledged(event.currentTarget.checked)}
              />
              {t('options.backup.changesAck')}
            </label>
          )}
          <div class="actions">
            <button
              type="button"
              class="danger"
              data-testid="confirm-restore"
              disabled={previewHasChanges(state.preview) && !acknowledged}
              onClick={() => void restore(state.text)}
            >
              {t('options.backup.restoreButton')}
            </button>
            <button type="button" onClick={() => setState({ step: 'idle' })}>
              {t('options.action.cancel')}
            </button>
          </div>
        </div>
      ) : null}
      {state.step === 'restored' ? (
        <p role="status" class="success" data-testid="restored">
          {t('options.backup.restored')}
        </p>
      ) : null}
    </div>
  );
}
