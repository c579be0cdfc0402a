import { browser } from 'wxt/browser';
import type { SidebarBinding } from './tab-store';

/**
 * One-time tokens that prove a sidebar iframe was created by our own content script in that
 * tab: another site framing sidebar.html has no token and sees nothing. A token, once used,
 * becomes a session bound to that sidebar frame, with which a new port (after the service
 * worker restarted) resumes. Both are kept in session storage too, so a restarted service
 * worker still knows them.
 */
const TOKENS_KEY = 'sidebarTokens';
const SESSIONS_KEY = 'sidebarSessions';
const tokens = new Map<number, string>();
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

export async function issueSidebarToken(tabId: number): Promise<string> {
  const token = randomSecret();
  tokens.set(tabId, token);
  await store(TOKENS_KEY, String(tabId), token);
  return token;
}

/** True once per issued token, and only in the tab it was issued for. */
export async function consumeSidebarToken(tabId: number, token: string): Promise<boolean> {
  const expected = tokens.get(tabId) ?? (await stored<string>(TOKENS_KEY))[tabId];
  if (!expected || expected !== token) return false;
  tokens.delete(tabId);
  await store(TOKENS_KEY, String(tabId), null);
  return true;
}

/** A session for a sidebar frame that proved itself with its token. */
export async function openSidebarSession(binding: SidebarBinding): Promise<string> {
  const session = randomSecret();
  sessions.set(session, binding);
  await store(SESSIONS_KEY, session, binding);
  return session;
}

/** The binding of a session, if `frame` is the very frame it was opened for. */
export async function resumeSidebarSession(
  session: string,
  frame: { tabId: number; frameId: number },
): Promise<SidebarBinding | null> {
  const binding = sessions.get(session) ?? (await stored<SidebarBinding>(SESSIONS_KEY))[session];
  if (!binding || binding.tabId !== frame.tabId || binding.frameId !== frame.frameId) return null;
  sessions.set(session, binding);
  return binding;
}
