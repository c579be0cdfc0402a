import type { Transaction } from 'dexie';

/** A `meta` record of versions 1 and 2. */
interface MetaRow {
  key: string;
  value: string;
}

function parsed(text: string | undefined): unknown {
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    // A damaged value was ignored by v2 too: its feature starts from its defaults.
    return undefined;
  }
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * v3: the `meta` key-value table goes; each of its keys gets a typed home. Subscriptions (one
 * JSON list) become rows of `subscriptions`, with the sidebar's "change seen" marks as a field;
 * the installation secret, the applied policy and the distribution settings become typed
 * `state` rows; the sidebar's collapsed state becomes a site-settings field; dismissed call-back
 * reminders become a field of the dropped call.
 */
export async function upgradeToV3(tx: Transaction): Promise<void> {
  const rows = (await tx.table('meta').toArray()) as MetaRow[];
  const value = (key: string) => rows.find((row) => row.key === key)?.value;
  const state = tx.table('state');

  const secret = value('hmacSecret');
  if (secret) await state.put({ key: 'installation', value: { secret } });
  const policy = parsed(value('policy'));
  if (isObject(policy)) await state.put({ key: 'policy', value: policy });
  const distribution = parsed(value('distribution-settings'));
  if (isObject(distribution)) await state.put({ key: 'distribution', value: distribution });

  const seen = new Map<string, number>();
  const collapsed: string[] = [];
  for (const row of rows) {
    if (row.key.startsWith('packChangeSeen:'))
      seen.set(row.key.slice('packChangeSeen:'.length), Number(row.value));
    if (row.key.startsWith('sidebarCollapsed:') && row.value === '1')
      collapsed.push(row.key.slice('sidebarCollapsed:'.length));
  }
  const subscriptions = parsed(value('subscriptions'));
  if (Array.isArray(subscriptions)) {
    for (const sub of subscriptions) {
      if (!isObject(sub) || typeof sub.url !== 'string' || typeof sub.addedAt !== 'number')
        continue;
      const changeSeenAt = seen.get(sub.url);
      await tx.table('subscriptions').put(changeSeenAt ? { ...sub, changeSeenAt } : sub);
    }
  }

  const sites = tx.table('siteSettings');
  await sites.toCollection().modify((site: { site: string; sidebarCollapsed?: boolean }) => {
    site.sidebarCollapsed = collapsed.includes(site.site);
  });
  for (const site of collapsed) {
    if (await sites.get(site)) continue;
    await sites.put({
      site,
      enabled: true,
      sidebarOpen: false,
      sidebarWidth: 360,
      sidebarCollapsed: true,
      updatedAt: 0,
    });
  }

  const dismissed = parsed(value('callbackDismissed'));
  if (Array.isArray(dismissed)) {
    const ids = dismissed.filter((id): id is string => typeof id === 'string');
    await tx
      .table('calls')
      .where('id')
      .anyOf(ids)
      .modify((call: { callbackDismissed?: boolean }) => {
        call.callbackDismissed = true;
      });
  }
}
