import { useI18n } from '../../i18n';

export function SitesSection() {
  const { t } = useI18n();
  return <h2>{t('options.nav.sites')}</h2>;
}
