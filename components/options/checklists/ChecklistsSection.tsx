import { useI18n } from '../../i18n';

export function ChecklistsSection() {
  const { t } = useI18n();
  return <h2>{t('options.nav.checklists')}</h2>;
}
