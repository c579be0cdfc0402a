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
const TOKENS_KEY = 'sidebarTokens';
const SESSIONS_KEY = 'sidebarSessions';
const tokens = new Map<string, TokenOwner>();
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

async function store<T>(key: string, id: string, value: T | null): Promise<void> {
  const area = browser.storage.session;
  if (!area) return;
  const all = await stored<T>(key);
  if (value === null) delete all[id];
  else all[id] = value;
  await area.set({ [key]: all });
}

export async function issueEmbedToken(owner: TokenOwner): Promise<string> {
  const token = randomSecret();
  tokens.set(token, owner);
  await store(TOKENS_KEY, token, owner);
  return token;
}

/** The owner of a token, once, if it was issued in `tabId` for a frame of `kind`. */
export async function consumeEmbedToken(
  token: string,
  tabId: number,
  kind: EmbedKind,
): Promise<TokenOwner | null> {
  const owner = tokens.get(token) ?? (await stored<TokenOwner>(TOKENS_KEY))[token];
  if (!owner) return null;
  tokens.delete(token);
  await store(TOKENS_KEY, token, null);
  return owner.tabId === tabId && owner.kind === kind ? owner : null;
}

/** A session for a frame that proved itself with its token. */
export async function openSession(binding: SidebarBinding): Promise<string> {
  const session = randomSecret();
  sessions.set(session, binding);
  await store(SESSIONS_KEY, session, binding);
  return session;
}

/** The binding of a session, if `frame` is the very frame it was opened for. */
export async function resumeSession(
  session: string,
  frame: { tabId: number; frameId: number },
): Promise<SidebarBinding | null> {
  const binding = sessions.get(session) ?? (await stored<SidebarBinding>(SESSIONS_KEY))[session];
  if (!binding || binding.tabId !== frame.tabId || binding.frameId !== frame.frameId) return null;
  sessions.set(session, binding);
  return binding;
}
