import * as v from 'valibot';
import type { Pack, SiteScope } from '../model/pack';
import { bi } from './issue-text';
import { strict } from './schema-parts';

/**
 * Rules, library phrases and call scripts scoped to sites (`sites: { hosts, profiles }`): which
 * apply on a page, and the pack a frame or sidebar on that page gets. The background filters the
 * effective pack per frame with it (the engine never sees a rule of another site; the sidebar
 * lists and starts only its site's scripts); the CLI's `laipni test --site` and the options page
 * use the same functions.
 */

/** Where a frame is: the tab's host name (lower case) and the ids of the site profiles that match. */
export interface SiteContext {
  host: string;
  profiles: readonly string[];
}

const HOST_PATTERN =
  /^(?:\*\.)?[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/;
const PROFILE_PATTERN = /^[A-Za-z0-9]+(?:[-_.:][A-Za-z0-9]+)*$/;
const MAX_ENTRIES = 50;

export const siteScopeSchema = strict(
  {
    hosts: v.optional(
      v.pipe(
        v.array(
          v.pipe(
            v.string(),
            v.maxLength(253),
            v.regex(
              HOST_PATTERN,
              bi(
                'Vietnes nosaukums mazajiem burtiem, piem., «mail.acme.lv» vai «*.acme.lv».',
                'A host name in lower case, e.g. "mail.acme.lv" or "*.acme.lv".',
              ),
            ),
          ),
        ),
        v.minLength(1),
        v.maxLength(MAX_ENTRIES),
      ),
    ),
    profiles: v.optional(
      v.pipe(
        v.array(
          v.pipe(
            v.string(),
            v.maxLength(100),
            v.regex(PROFILE_PATTERN, bi('Vietnes profila identifikators.', 'A site-profile id.')),
          ),
        ),
        v.minLength(1),
        v.maxLength(MAX_ENTRIES),
      ),
    ),
  },
  { lv: 'vietnes', en: 'sites' },
);

/** «mail.acme.lv» matches only itself; «*.acme.lv» matches acme.lv and every subdomain. */
export function hostMatches(pattern: string, host: string): boolean {
  const h = host.toLowerCase();
  if (!pattern.startsWith('*.')) return pattern === h;
  const domain = pattern.slice(2);
  return h === domain || h.endsWith(`.${domain}`);
}

/** Whether something with this scope applies on the site; unscoped things apply everywhere. */
export function appliesOnSite(scope: SiteScope | undefined, site: SiteContext): boolean {
  if (!scope || (!scope.hosts?.length && !scope.profiles?.length)) return true;
  if (scope.hosts?.some((pattern) => hostMatches(pattern, site.host))) return true;
  return scope.profiles?.some((id) => site.profiles.includes(id)) ?? false;
}

/** Whether any rule, phrase or script of the pack is scoped (else every site gets the same pack). */
export function hasSiteScopes(pack: Pack): boolean {
  return (
    pack.rules.some((r) => r.sites) ||
    (pack.phrases ?? []).some((p) => p.sites) ||
    (pack.scripts ?? []).some((s) => s.sites)
  );
}

/** The pack as a frame on this site sees it: rules, phrases and scripts of other sites left out. */
export function packForSite(pack: Pack, site: SiteContext): Pack {
  if (!hasSiteScopes(pack)) return pack;
  const rules = pack.rules.filter((r) => appliesOnSite(r.sites, site));
  const phrases = pack.phrases?.filter((p) => appliesOnSite(p.sites, site));
  const scripts = pack.scripts?.filter((s) => appliesOnSite(s.sites, site));
  return { ...pack, rules, ...(phrases ? { phrases } : {}), ...(scripts ? { scripts } : {}) };
}

/**
 * The version a frame on this site compiles: the effective pack's own version when nothing is
 * left out, else that version and the left-out ids (a frame compiles once per distinct set).
 */
export function siteVersion(version: string, pack: Pack, forSite: Pack): string {
  if (forSite === pack) return version;
  const kept = new Set(forSite.rules.map((r) => r.id));
  const keptPhrases = new Set((forSite.phrases ?? []).map((p) => p.id));
  const keptScripts = new Set((forSite.scripts ?? []).map((s) => s.id));
  const left = [
    ...pack.rules.filter((r) => !kept.has(r.id)).map((r) => r.id),
    ...(pack.phrases ?? []).filter((p) => !keptPhrases.has(p.id)).map((p) => `p:${p.id}`),
    ...(pack.scripts ?? []).filter((s) => !keptScripts.has(s.id)).map((s) => `s:${s.id}`),
  ];
  if (left.length === 0) return version;
  return `${version}~${fnv1a(left.join(','))}`;
}

function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** The effective pack as a frame on `site` sees it, with the version it compiles once. */
export function forSite(
  current: { version: string; pack: Pack },
  site: SiteContext,
): { version: string; pack: Pack } {
  const pack = packForSite(current.pack, site);
  return { pack, version: siteVersion(current.version, current.pack, pack) };
}
