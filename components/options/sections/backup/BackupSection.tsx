import { useI18n } from '../../../shared/i18n';
import { BackupExport } from './BackupExport';
import { BackupRestore } from './BackupRestore';
import { DataRetention } from './DataRetention';
import './section.css';

/** Backup, restore and what is kept for how long. */
export function BackupSection() {
  const { t } = useI18n();
  return (
    <section aria-labelledby="backup-title" class="section">
      <h2 id="backup-title">{t('options.backup.title')}</h2>
      <p class="privacy">{t('options.backup.intro')}</p>
      <BackupExport />
      <BackupRestore />
      <DataRetention />
    </section>
  );
}
