import type { LaipniDb } from '../../data/database';
import { profilesForSite } from '../../data/sites';
import { siteKeyOf } from '../../core/model/site';
import { forSite, hasSiteScopes, type SiteContext } from '../../core/packs/site-scope';
import type { Pack } from '../../core/model/pack';

/**
 * Where a frame is, for site-scoped rules: its tab's host (an editor iframe from another host
 * belongs to the CRM page it sits in) and the site profile that matches the tab's path, the one
 * `page:setup` gives the page.
 */
export async function siteContextOf(
  db: LaipniDb,
  tabUrl: string | undefined,
): Promise<SiteContext> {
  const host = siteKeyOf(tabUrl ?? '');
  if (!host) return { host: '', profiles: [] };
  let path = '/';
  try {
    path = new URL(tabUrl ?? '').pathname;
  } catch {
    // keep '/'
  }
  const profile = (await profilesForSite(db, host)).find((p) =>
    path.startsWith(p.pathPrefix ?? ''),
  );
  return { host, profiles: profile ? [profile.id] : [] };
}

/**
 * The effective pack as a tab's site sees it: rules, library phrases and call scripts of other
 * sites left out, with the version a frame compiles once (the pack itself when nothing is scoped).
 */
export async function packForTab(
  db: LaipniDb,
  current: { version: string; pack: Pack },
  tabUrl: string | undefined,
): Promise<{ version: string; pack: Pack }> {
  return hasSiteScopes(current.pack) ? forSite(current, await siteContextOf(db, tabUrl)) : current;
}
