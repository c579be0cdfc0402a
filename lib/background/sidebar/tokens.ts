import { browser } from 'wxt/browser';
import type { EmbedKind } from '../../protocol/frame-messages';
import type { SidebarBinding } from './tab-store';

/**
 * One-time tokens that prove an extension frame (the sidebar, a card) was created by our own
 * content script: the content script asks for one, creates the frame and hands the token to it
 * by a message (never in its URL, which the page can read). Another site framing our pages has
 * no token and sees nothing. A token, once used, becomes a session bound to that very frame,
 * with which a new port (after the service worker restarted) resumes. Both are kept in session
 * storage too, so a restarted service worker still knows them.
 */

/** Who asked for a token: the tab, the frame that will own the new frame, and its kind. */
export interface TokenOwner {
  tabId: number;
  frameId: number;
  kind: EmbedKind;
}

/** A token is used within moments of its frame loading; an old one is worth nothing. */
const TOKEN_LIFETIME_MS = 60_000;
/** Unused tokens kept per tab (a page cannot make the background hoard them). */
const TOKENS_PER_TAB = 16;

interface IssuedToken extends TokenOwner {
  issuedAt: number;
}
const TOKENS_KEY = 'sidebarTokens';
const SESSIONS_KEY = 'sidebarSessions';
const tokens = new Map<string, IssuedToken>();
const sessions = new Map<string, SidebarBinding>();

function randomSecret(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(18));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

async function stored<T>(key: string): Promise<Record<string, T>> {
  const area = browser.storage.session;
  if (!area) return {};
  const value = (await area.get(key)) as Record<string, Record<string, T> | undefined>;
  return value[key] ?? {};
}

/** Writes the whole map: what is kept in memory is what a restarted worker finds. */
async function persist<T>(key: string, all: ReadonlyMap<string, T>): Promise<void> {
  const area = browser.storage.session;
  if (!area) return;
  await area.set({ [key]: Object.fromEntries(all) });
}

/** After a service worker restart, what the last one kept. */
async function restore<T>(key: string, into: Map<string, T>): Promise<void> {
  if (into.size > 0) return;
  for (const [id, value] of Object.entries(await stored<T>(key))) into.set(id, value);
}

/** Drops expired tokens, and a tab's oldest beyond its share. */
function pruneTokens(now: number): void {
  const perTab = new Map<number, string[]>();
  for (const [token, issued] of tokens) {
    if (now - issued.issuedAt > TOKEN_LIFETIME_MS) {
      tokens.delete(token);
      continue;
    }
    const list = perTab.get(issued.tabId) ?? [];
    list.push(token);
    perTab.set(issued.tabId, list);
  }
  for (const list of perTab.values())
    for (const token of list.slice(0, Math.max(0, list.length - TOKENS_PER_TAB)))
      tokens.delete(token);
}

export async function issueEmbedToken(owner: TokenOwner, now = Date.now()): Promise<string> {
  await restore(TOKENS_KEY, tokens);
  const token = randomSecret();
  tokens.set(token, { ...owner, issuedAt: now });
  pruneTokens(now);
  await persist(TOKENS_KEY, tokens);
  return token;
}

/** The owner of a token, once, if it was issued in `tabId` for a frame of `kind`. */
export async function consumeEmbedToken(
  token: string,
  tabId: number,
  kind: EmbedKind,
  now = Date.now(),
): Promise<TokenOwner | null> {
  await restore(TOKENS_KEY, tokens);
  const issued = tokens.get(token);
  if (!issued) return null;
  tokens.delete(token);
  pruneTokens(now);
  await persist(TOKENS_KEY, tokens);
  const fresh = now - issued.issuedAt <= TOKEN_LIFETIME_MS;
  const { tabId: ownerTab, frameId, kind: ownerKind } = issued;
  return fresh && ownerTab === tabId && ownerKind === kind
    ? { tabId: ownerTab, frameId, kind: ownerKind }
    : null;
}

/** A session for a frame that proved itself with its token. */
export async function openSession(binding: SidebarBinding): Promise<string> {
  await restore(SESSIONS_KEY, sessions);
  const session = randomSecret();
  sessions.set(session, binding);
  await persist(SESSIONS_KEY, sessions);
  return session;
}

/** The binding of a session, if `frame` is the very frame it was opened for. */
export async function resumeSession(
  session: string,
  frame: { tabId: number; frameId: number },
): Promise<SidebarBinding | null> {
  await restore(SESSIONS_KEY, sessions);
  const binding = sessions.get(session);
  if (!binding || binding.tabId !== frame.tabId || binding.frameId !== frame.frameId) return null;
  return binding;
}

/** A closed tab's tokens and sessions go with it. */
export async function forgetTabFrames(tabId: number): Promise<void> {
  await Promise.all([restore(TOKENS_KEY, tokens), restore(SESSIONS_KEY, sessions)]);
  for (const [token, issued] of tokens) if (issued.tabId === tabId) tokens.delete(token);
  for (const [session, binding] of sessions) if (binding.tabId === tabId) sessions.delete(session);
  await Promise.all([persist(TOKENS_KEY, tokens), persist(SESSIONS_KEY, sessions)]);
}
