import { liveQuery } from 'dexie';
import type { CompanyPolicy } from '../../core/model/policy';
import type { SiteSettingsRecord } from '../../core/model/settings';
import type { LaipniDb } from '../../data/database';
import { getPolicyState } from '../../data/policy-state';
import { getSiteSettingsAndPolicy, listSiteSettings } from '../../data/sites';
import { envelope } from '../../protocol/envelope';
import { siteAllowedByPolicy } from '../distribution/policy';

function allowedByPolicy(policy: CompanyPolicy | undefined, site: string): boolean {
  return (
    !policy || (siteAllowedByPolicy(policy, site) && !(policy.disabledSites ?? []).includes(site))
  );
}

/** Whether Laipni works on a site, from its settings and the policy read with them. */
export function siteOn(settings: SiteSettingsRecord, policy: CompanyPolicy | undefined): boolean {
  return settings.enabled && allowedByPolicy(policy, settings.site);
}

/** Whether Laipni works on `site`: the agent's own switch, and company policy above it. */
export async function siteIsOn(db: LaipniDb, site: string): Promise<boolean> {
  const { settings, policy } = await getSiteSettingsAndPolicy(db, site);
  return siteOn(settings, policy);
}

export interface SiteSwitchDeps {
  db: LaipniDb;
  /** The site each open tab shows (tabs whose engine asked for its setup). */
  sitesOfTabs(): ReadonlyMap<number, string>;
  sendToTab(tabId: number, message: unknown): Promise<unknown>;
  /** Asks every frame of the tab to load the engine if a field has focus. */
  wake(tabId: number): Promise<void>;
}

/**
 * Follows the site switches while tabs are open: switched off, every frame of the site's tabs
 * stops its engine at once (nothing checked, reported or expanded there); switched on again, a
 * field that has focus gets the engine back without a reload.
 */
export function watchSiteSwitches(deps: SiteSwitchDeps): () => void {
  const known = new Map<string, boolean>();
  const subscription = liveQuery(() =>
    Promise.all([listSiteSettings(deps.db), getPolicyState(deps.db)]),
  ).subscribe({
    next: ([settings, state]) => {
      const off = new Set(settings.filter((s) => !s.enabled).map((s) => s.site));
      const isOn = (site: string) => !off.has(site) && allowedByPolicy(state?.policy, site);
      for (const [tabId, site] of deps.sitesOfTabs()) {
        const on = isOn(site);
        const before = known.get(site);
        if (before === on) continue;
        if (before !== undefined) {
          if (on) void deps.wake(tabId).catch(() => undefined);
          else void deps.sendToTab(tabId, envelope('page:site-off', {})).catch(() => undefined);
        }
      }
      for (const site of new Set(deps.sitesOfTabs().values())) known.set(site, isOn(site));
    },
    error: (error: unknown) => console.error('Laipni: site switches', error),
  });
  return () => subscription.unsubscribe();
}
