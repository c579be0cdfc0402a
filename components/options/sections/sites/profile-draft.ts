import type { ProfileVariable, SiteProfileRecord } from '../../../../lib/core/model/settings';
import type { Channel } from '../../../../lib/core/model/pack';
import type { MessageKey } from '../../../../lib/core/i18n/lv';
import { siteKeyFromInput } from './site-key';

/** What the site-profile form edits. */
export interface ProfileDraft {
  id: string;
  name: string;
  site: string;
  pathPrefix: string;
  variables: Array<{ variable: ProfileVariable; selector: string }>;
  channels: Array<{ selector: string; channel: Channel }>;
}

export interface DraftProblem {
  field: string;
  key: MessageKey;
  params?: Record<string, string>;
}

export function draftFromProfile(profile: SiteProfileRecord): ProfileDraft {
  return {
    id: profile.id,
    name: profile.name,
    site: profile.site,
    pathPrefix: profile.pathPrefix ?? '',
    variables: profile.variables.map((v) => ({ ...v })),
    channels: profile.channels.map((c) => ({ ...c })),
  };
}

export function emptyProfileDraft(id: string): ProfileDraft {
  return { id, name: '', site: '', pathPrefix: '', variables: [], channels: [] };
}

/** Whether the browser can parse a CSS selector (a typo would silently read nothing). */
export function isValidSelector(selector: string): boolean {
  try {
    document.createDocumentFragment().querySelector(selector);
    return true;
  } catch {
    return false;
  }
}

/** Checks the draft and builds the stored record; every problem names its field. */
export function profileFromDraft(
  draft: ProfileDraft,
  now: number,
): { ok: true; profile: SiteProfileRecord } | { ok: false; problems: DraftProblem[] } {
  const problems: DraftProblem[] = [];
  const site = siteKeyFromInput(draft.site);
  if (draft.name.trim() === '') problems.push({ field: 'name', key: 'options.sites.needName' });
  if (site === '') problems.push({ field: 'site', key: 'options.sites.badSite' });
  const prefix = draft.pathPrefix.trim();
  if (prefix !== '' && !prefix.startsWith('/'))
    problems.push({ field: 'pathPrefix', key: 'options.sites.badPrefix' });
  const variables = draft.variables.filter((v) => v.selector.trim() !== '');
  const channels = draft.channels.filter((c) => c.selector.trim() !== '');
  for (const { selector } of [...variables, ...channels]) {
    if (!isValidSelector(selector.trim()))
      problems.push({ field: 'selector', key: 'options.sites.badSelector', params: { selector } });
  }
  if (problems.length > 0) return { ok: false, problems };
  const profile: SiteProfileRecord = {
    id: draft.id,
    name: draft.name.trim(),
    site,
    variables: variables.map((v) => ({ variable: v.variable, selector: v.selector.trim() })),
    channels: channels.map((c) => ({ channel: c.channel, selector: c.selector.trim() })),
    source: 'user',
    updatedAt: now,
  };
  if (prefix !== '') profile.pathPrefix = prefix;
  return { ok: true, profile };
}
