import { useI18n } from '../../i18n';

export function StatsSection() {
  const { t } = useI18n();
  return <h2>{t('options.nav.stats')}</h2>;
}
