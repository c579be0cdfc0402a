import { listPacks } from '../../../../lib/data/packs';
import type { PackSummary } from '../../../../lib/core/model/installed-pack';
import type { SubscriptionSignature } from '../../../../lib/core/model/distribution';
import { listSubscriptions } from '../../../../lib/data/subscriptions';
import type { PackListItem } from './PackRow';
import { useI18n } from '../../../shared/i18n';
import { useDb } from '../../data/db-context';
import { loadRuleOverview } from '../../data/rule-overview';
import { useLiveQuery } from '../../data/use-live-query';
import { PackImport } from './PackImport';
import { PackTable } from './PackTable';
import { PersonalPackExport } from './PersonalPackExport';
import { PolicySummary } from './PolicySummary';
import { RefreshPeriod } from './RefreshPeriod';
import { SubscribeForm } from './SubscribeForm';
import { SubscriptionList } from './SubscriptionList';
import './section.css';

async function loadPacks(db: Parameters<typeof listPacks>[0]): Promise<PackListItem[]> {
  const [records, subs] = await Promise.all([listPacks(db), listSubscriptions(db)]);
  const fromSubs = new Map(subs.map((s) => [s.packId, s.signature]));
  // The table needs no pack JSON; dropping it keeps re-renders cheap.
  return records.map((record) => {
    const copy: Partial<typeof record> = { ...record };
    delete copy.json;
    const signature =
      record.source === 'builtin'
        ? undefined
        : (fromSubs.get(record.id) ?? signatureOfJson(record.json));
    return { ...(copy as PackSummary), ...(signature ? { signature } : {}) };
  });
}

/** A pack not from a subscription: signed (nothing checked it) or not. */
function signatureOfJson(json: string): SubscriptionSignature {
  try {
    const parsed: unknown = JSON.parse(json);
    const signed = typeof parsed === 'object' && parsed !== null && 'signature' in parsed;
    return signed ? 'unchecked' : 'unsigned';
  } catch {
    return 'unsigned';
  }
}

/** Installed packs, import, export, priority, removal and subscriptions. */
export function PacksSection() {
  const { t } = useI18n();
  const db = useDb();
  const packs = useLiveQuery(() => loadPacks(db), [db]);
  const overview = useLiveQuery(() => loadRuleOverview(db), [db]);
  return (
    <section aria-labelledby="packs-title" class="section">
      <h2 id="packs-title">{t('options.packs.title')}</h2>
      <p>{t('options.packs.intro')}</p>
      {overview.state === 'ready' ? (
        <p class="muted" data-testid="effective-version">
          {t('options.packs.effective', {
            count: overview.value.effective.pack.rules.length,
            version: overview.value.effective.version.slice(0, 12),
          })}
        </p>
      ) : null}
      <PolicySummary />
      {packs.state === 'ready' ? <PackTable packs={packs.value} /> : null}
      {packs.state === 'loading' ? <p role="status">{t('options.loading')}</p> : null}
      {packs.state === 'error' ? (
        <p role="alert">{t('options.loadFailed', { detail: packs.message })}</p>
      ) : null}
      <PackImport />
      <PersonalPackExport />
      <div class="subscriptions-block">
        <h3>{t('options.subscriptions.title')}</h3>
        <SubscribeForm />
        <RefreshPeriod />
        <SubscriptionList />
      </div>
    </section>
  );
}
