import { useI18n } from '../../shared/i18n';

/** Marks a setting company policy manages (the agent's value is not used). */
export function ManagedNote(props: { id: string }) {
  const { t } = useI18n();
  return (
    <span class="badge managed" id={props.id} data-testid="managed">
      {t('options.packs.managed')}
    </span>
  );
}
