import { useI18n } from '../../i18n';

export function ProfileSection() {
  const { t } = useI18n();
  return <h2>{t('options.nav.profile')}</h2>;
}
