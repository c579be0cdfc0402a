import type { LaipniDb } from './database';
import { getPolicyState } from './policy-state';
import type { SiteProfileRecord, SiteSettingsRecord } from '../core/model/settings';

export const DEFAULT_SIDEBAR_WIDTH = 360;

/** Laipni is on by default everywhere; a stored record only records a change. */
export function defaultSiteSettings(site: string): SiteSettingsRecord {
  return {
    site,
    enabled: true,
    sidebarOpen: false,
    sidebarWidth: DEFAULT_SIDEBAR_WIDTH,
    sidebarCollapsed: false,
    updatedAt: 0,
  };
}

/**
 * A site's settings before the agent changed any: company policy may open the sidebar by default
 * and set its width (`sidebarOpenByDefault`, `sidebarWidth`); the agent's own choice, once made,
 * is stored and wins.
 */
async function siteDefaults(db: LaipniDb, site: string): Promise<SiteSettingsRecord> {
  const defaults = defaultSiteSettings(site);
  const policy = (await getPolicyState(db))?.policy;
  if (policy?.sidebarOpenByDefault !== undefined)
    defaults.sidebarOpen = policy.sidebarOpenByDefault;
  if (policy?.sidebarWidth !== undefined) defaults.sidebarWidth = policy.sidebarWidth;
  return defaults;
}

export async function getSiteSettings(db: LaipniDb, site: string): Promise<SiteSettingsRecord> {
  // Records from before the collapsed flag existed lack it.
  const [stored, defaults] = await Promise.all([db.siteSettings.get(site), siteDefaults(db, site)]);
  return stored ? { ...defaults, ...stored } : defaults;
}

export async function updateSiteSettings(
  db: LaipniDb,
  site: string,
  patch: Partial<
    Pick<SiteSettingsRecord, 'enabled' | 'sidebarOpen' | 'sidebarWidth' | 'sidebarCollapsed'>
  >,
  now = Date.now(),
): Promise<SiteSettingsRecord> {
  return db.transaction('rw', db.siteSettings, db.state, async () => {
    const next = { ...(await getSiteSettings(db, site)), ...patch, updatedAt: now };
    if (!Number.isFinite(next.sidebarWidth)) next.sidebarWidth = DEFAULT_SIDEBAR_WIDTH;
    next.sidebarWidth = Math.round(Math.min(1200, Math.max(200, next.sidebarWidth)));
    await db.siteSettings.put(next);
    return next;
  });
}

export function listSiteSettings(db: LaipniDb): Promise<SiteSettingsRecord[]> {
  return db.siteSettings.toArray();
}

/** Profiles for a site, most specific path prefix first. */
export async function profilesForSite(db: LaipniDb, site: string): Promise<SiteProfileRecord[]> {
  const found = await db.siteProfiles.where('site').equals(site).toArray();
  return found.sort((a, b) => (b.pathPrefix ?? '').length - (a.pathPrefix ?? '').length);
}

export function listSiteProfiles(db: LaipniDb): Promise<SiteProfileRecord[]> {
  return db.siteProfiles.toArray();
}

export async function putSiteProfile(db: LaipniDb, profile: SiteProfileRecord): Promise<void> {
  await db.siteProfiles.put(profile);
}

export async function deleteSiteProfile(db: LaipniDb, id: string): Promise<void> {
  await db.siteProfiles.delete(id);
}
