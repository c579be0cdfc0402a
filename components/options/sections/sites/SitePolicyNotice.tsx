import { useI18n } from '../../../shared/i18n';
import { useDb } from '../../data/db-context';
import { loadPolicyView } from '../../data/policy';
import { useLiveQuery } from '../../data/use-live-query';

/** Says where company policy lets Laipni run, or where it starts switched off. */
export function SitePolicyNotice() {
  const { t } = useI18n();
  const db = useDb();
  const policy = useLiveQuery(() => loadPolicyView(db), [db]);
  if (policy.state !== 'ready') return null;
  const { onlySites, disabledSites } = policy.value.policy;
  if (!onlySites?.length && !disabledSites?.length) return null;
  return (
    <div class="notice" data-testid="site-policy">
      {onlySites?.length ? (
        <p>{t('options.sites.policyOnly', { sites: onlySites.join(', ') })}</p>
      ) : null}
      {disabledSites?.length ? (
        <p>{t('options.sites.policyDisabled', { sites: disabledSites.join(', ') })}</p>
      ) : null}
    </div>
  );
}
