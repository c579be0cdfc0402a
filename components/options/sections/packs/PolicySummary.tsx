import { POLICY_KEYS } from '../../../../lib/core/model/policy';
import { useI18n } from '../../../shared/i18n';
import { localized } from '../../../../lib/core/model/text';
import { useDb } from '../../data/db-context';
import { loadPolicyView } from '../../data/policy';
import { useLiveQuery } from '../../data/use-live-query';

/** Which settings the company manages, and the policy fields IT got wrong (ignored). */
export function PolicySummary() {
  const { t, locale } = useI18n();
  const db = useDb();
  const policy = useLiveQuery(() => loadPolicyView(db), [db]);
  if (policy.state !== 'ready') return null;
  const managed = POLICY_KEYS.filter((key) => policy.value.managed.has(key));
  if (managed.length === 0 && policy.value.problems.length === 0) return null;
  return (
    <div class="notice" data-testid="policy-summary">
      <h3>{t('options.policy.title')}</h3>
      {managed.length > 0 ? (
        <p>
          {t('options.policy.manages', {
            list: managed.map((key) => t(`options.policy.key.${key}`)).join(', '),
          })}
        </p>
      ) : null}
      {policy.value.problems.length > 0 ? (
        <>
          <p>{t('options.policy.problems')}</p>
          <ul>
            {policy.value.problems.map((p, i) => (
              <li key={i}>
                <code>{p.key}</code> {localized(p, locale)}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
