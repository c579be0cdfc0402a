import { POLICY_LOCK } from '../../../../lib/core/packs/layering';
import { useI18n } from '../../../shared/i18n';

/** Says who locked a rule: a team pack (by its name) or company policy. */
export function LockNotice(props: {
  id: string;
  lockedBy: readonly string[];
  packNames: ReadonlyMap<string, string>;
}) {
  const { t } = useI18n();
  const by = props.lockedBy
    .map((who) =>
      who === POLICY_LOCK ? t('options.rules.lockPolicy') : (props.packNames.get(who) ?? who),
    )
    .join(', ');
  return (
    <span class="badge lock" id={props.id} data-testid="lock">
      <svg class="lock-icon" viewBox="0 0 12 14" width="10" height="12" aria-hidden="true">
        <rect x="1" y="6" width="10" height="7.5" rx="1.5" fill="currentColor" />
        <path
          d="M3.5 6V4a2.5 2.5 0 0 1 5 0v2"
          fill="none"
          stroke="currentColor"
          stroke-width="1.6"
        />
      </svg>{' '}
      {t('options.rules.locked', { by })}
    </span>
  );
}
