import { useState } from 'preact/hooks';
import { importPackFile } from '../../../../lib/data/pack-file-import';
import { type ImportResult } from '../../../../lib/core/packs/import-plan';
import { useI18n } from '../../../shared/i18n';
import { FileButton } from '../../common/FileButton';
import { parseLoosely } from '../../common/problem-groups';
import { readFileText } from '../../common/read-file';
import { useDb } from '../../data/db-context';
import { ImportOutcome } from './ImportOutcome';

export interface ImportAttempt {
  fileName: string;
  text: string;
  result: ImportResult;
}

/**
 * Imports a pack file. The import validates first and writes in one transaction, so a broken
 * file changes nothing; its problems are listed by rule and field. A lower version than the one
 * installed is refused until the person confirms the downgrade.
 */
export function PackImport() {
  const { t } = useI18n();
  const db = useDb();
  const [attempt, setAttempt] = useState<ImportAttempt | null>(null);
  const [busy, setBusy] = useState(false);

  const run = async (fileName: string, text: string, confirmDowngrade = false) => {
    setBusy(true);
    try {
      const result = await importPackFile(db, text, { origin: fileName, confirmDowngrade });
      setAttempt({ fileName, text, result });
    } finally {
      setBusy(false);
    }
  };

  const onFile = async (file: File) => {
    let text: string;
    try {
      text = await readFileText(file);
    } catch {
      text = '';
    }
    await run(file.name, text);
  };

  return (
    <div class="pack-import">
      <h3>{t('options.packs.importTitle')}</h3>
      <p class="hint">{t('options.packs.importHint')}</p>
      <FileButton
        label={t('options.packs.importButton')}
        accept=".json,application/json"
        testId="pack-file"
        onFile={(file) => void onFile(file)}
      />
      {busy ? <p role="status">{t('options.packs.importing')}</p> : null}
      {attempt && !busy ? (
        <ImportOutcome
          attempt={attempt}
          document={parseLoosely(attempt.text)}
          onConfirmDowngrade={() => void run(attempt.fileName, attempt.text, true)}
        />
      ) : null}
    </div>
  );
}
