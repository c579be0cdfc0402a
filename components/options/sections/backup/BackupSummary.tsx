import { Fragment } from 'preact';
import type { BackupFile } from '../../../../lib/data/backup/format';
import { useI18n } from '../../../shared/i18n';

/** What a checked backup holds, so the person knows what a restore will bring back. */
export function BackupSummary(props: { backup: BackupFile }) {
  const { t } = useI18n();
  const { data, createdAt } = props.backup;
  const rows: Array<[string, number]> = [
    [t('options.backup.count.personalRules'), data.personalRules.length],
    [t('options.backup.count.ruleOverrides'), data.ruleOverrides.length],
    [t('options.backup.count.checklistItems'), data.personalChecklistItems.length],
    [t('options.backup.count.phrases'), data.personalPhrases.length],
    [t('options.scripts.backupCount'), data.personalScripts?.length ?? 0],
    [t('options.backup.count.siteProfiles'), data.siteProfiles.length],
    [t('options.backup.count.calls'), data.calls.length],
    [t('options.backup.count.packs'), data.packs.length],
  ];
  return (
    <div data-testid="backup-summary">
      <p>{t('options.backup.created', { time: createdAt })}</p>
      <dl class="summary">
        {rows.map(([label, count]) => (
          <Fragment key={label}>
            <dt>{label}</dt>
            <dd>{count}</dd>
          </Fragment>
        ))}
      </dl>
    </div>
  );
}
