import type { LaipniDb } from './database';

/**
 * Whether the sidebar is collapsed to its narrow strip on a site. Site settings keep the open
 * state and the width; the collapsed state is kept beside them in `meta` (one key per site),
 * so the frame can come back collapsed after a reload without losing the remembered width.
 */
export const SIDEBAR_COLLAPSED_PREFIX = 'sidebarCollapsed:';

function keyOf(site: string): string {
  return `${SIDEBAR_COLLAPSED_PREFIX}${site}`;
}

export async function isSidebarCollapsed(db: LaipniDb, site: string): Promise<boolean> {
  return (await db.meta.get(keyOf(site)))?.value === '1';
}

export async function setSidebarCollapsed(
  db: LaipniDb,
  site: string,
  collapsed: boolean,
): Promise<void> {
  if (collapsed) await db.meta.put({ key: keyOf(site), value: '1' });
  else await db.meta.delete(keyOf(site));
}
