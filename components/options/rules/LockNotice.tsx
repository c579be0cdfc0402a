import { POLICY_LOCK } from '../../../lib/packs/layering';
import { useI18n } from '../../i18n';

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
      <span aria-hidden="true">🔒 </span>
      {t('options.rules.locked', { by })}
    </span>
  );
}
