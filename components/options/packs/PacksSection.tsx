import { useI18n } from '../../i18n';

export function PacksSection() {
  const { t } = useI18n();
  return <h2>{t('options.nav.packs')}</h2>;
}
