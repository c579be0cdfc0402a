import { useI18n } from '../../i18n';

export function BackupSection() {
  const { t } = useI18n();
  return <h2>{t('options.nav.backup')}</h2>;
}
