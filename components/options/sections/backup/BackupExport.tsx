import { useState } from 'preact/hooks';
import { createBackup, serializeBackup } from '../../../../lib/data/backup/create';
import { useI18n } from '../../../shared/i18n';
import { downloadText, fileDate } from '../../common/download';
import { useDb } from '../../data/db-context';

/** One file with everything personal: rules, overrides, checklists, profiles, call log, packs. */
export function BackupExport() {
  const { t } = useI18n();
  const db = useDb();
  const [done, setDone] = useState(false);
  const run = async () => {
    const backup = await createBackup(db);
    downloadText(`laipni-backup-${fileDate()}.json`, serializeBackup(backup));
    setDone(true);
  };
  return (
    <div class="backup-export">
      <h3>{t('options.backup.exportTitle')}</h3>
      <p class="hint">{t('options.backup.exportHint')}</p>
      <p class="hint" data-testid="backup-sensitive">
        {t('options.backup.sensitive')}
      </p>
      <button type="button" class="primary" onClick={() => void run()} data-testid="export-backup">
        {t('options.backup.exportButton')}
      </button>
      {done ? <p role="status">{t('options.backup.exported')}</p> : null}
    </div>
  );
}
