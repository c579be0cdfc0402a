import type { LaipniDb } from './database';
import { getPolicyState } from './policy-state';
import type { CompanyPolicy } from '../core/model/policy';
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
function siteDefaults(site: string, policy: CompanyPolicy | undefined): SiteSettingsRecord {
  const defaults = defaultSiteSettings(site);
  if (policy?.sidebarOpenByDefault !== undefined)
    defaults.sidebarOpen = policy.sidebarOpenByDefault;
  if (policy?.sidebarWidth !== undefined) defaults.sidebarWidth = policy.sidebarWidth;
  return defaults;
}

/** A site's settings and the company policy they were read under, in one read of each. */
export async function getSiteSettingsAndPolicy(
  db: LaipniDb,
  site: string,
): Promise<{ settings: SiteSettingsRecord; policy: CompanyPolicy | undefined }> {
  const [stored, state] = await Promise.all([db.siteSettings.get(site), getPolicyState(db)]);
  const defaults = siteDefaults(site, state?.policy);
  // Records from before the collapsed flag existed lack it.
  return { settings: stored ? { ...defaults, ...stored } : defaults, policy: state?.policy };
}

export async function getSiteSettings(db: LaipniDb, site: string): Promise<SiteSettingsRecord> {
  return (await getSiteSettingsAndPolicy(db, site)).settings;
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
