import { browser } from 'wxt/browser';

/**
 * One-time tokens that prove a sidebar iframe was created by our own content script in that
 * tab (DECISIONS.md): another site framing sidebar.html has no token and sees nothing.
 * Kept in session storage too, so a restarted service worker still knows them.
 */
const memory = new Map<number, string>();
const STORAGE_KEY = 'sidebarTokens';

function randomToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(18));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

async function persisted(): Promise<Record<string, string>> {
  const area = browser.storage.session;
  if (!area) return {};
  const stored = (await area.get(STORAGE_KEY)) as Record<
    string,
    Record<string, string> | undefined
  >;
  return stored[STORAGE_KEY] ?? {};
}

async function persist(tabId: number, token: string | null): Promise<void> {
  const area = browser.storage.session;
  if (!area) return;
  const all = await persisted();
  if (token === null) delete all[tabId];
  else all[tabId] = token;
  await area.set({ [STORAGE_KEY]: all });
}

export async function issueSidebarToken(tabId: number): Promise<string> {
  const token = randomToken();
  memory.set(tabId, token);
  await persist(tabId, token);
  return token;
}

/** True once per issued token, and only in the tab it was issued for. */
export async function consumeSidebarToken(tabId: number, token: string): Promise<boolean> {
  const expected = memory.get(tabId) ?? (await persisted())[tabId];
  if (!expected || expected !== token) return false;
  memory.delete(tabId);
  await persist(tabId, null);
  return true;
}
