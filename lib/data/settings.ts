import type { LaipniDb } from './database';
import type { Settings } from '../core/model/settings';

export const DEFAULT_SETTINGS: Settings = {
  agentName: '',
  agentSurname: '',
  company: '',
  uiLanguage: 'lv',
  retentionDays: 90,
  repeatCallWindowHours: 72,
  abbreviationKey: 'tab',
  sidebarMode: 'in-page',
  voiceCustomerDevice: '',
};

/** Stored settings over the defaults, so a field added later has its default at once. */
export async function getSettings(db: LaipniDb): Promise<Settings> {
  const stored = await db.settings.get('settings');
  return { ...DEFAULT_SETTINGS, ...stored?.value };
}

export async function updateSettings(db: LaipniDb, patch: Partial<Settings>): Promise<Settings> {
  return db.transaction('rw', db.settings, async () => {
    const stored = (await db.settings.get('settings'))?.value ?? {};
    const value = { ...stored, ...patch };
    if (value.retentionDays !== undefined) {
      value.retentionDays = Math.min(3650, Math.max(1, Math.round(value.retentionDays)));
    }
    await db.settings.put({ key: 'settings', value });
    return { ...DEFAULT_SETTINGS, ...value };
  });
}
