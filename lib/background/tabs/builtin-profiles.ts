import type { LaipniDb } from '../../data/database';
import type { SiteProfileRecord } from '../../core/model/settings';

/**
 * The profile of the demo CRM page shipped in the repository (`demo/index.html`): where the
 * customer's name and phone are, and which field is which channel. Reinstalled at start so an
 * update of the demo page keeps working; a user profile with its own id is never touched.
 */
export const DEMO_CRM_PROFILE: SiteProfileRecord = {
  id: 'builtin-demo-crm',
  name: 'Demo CRM',
  site: 'localhost',
  pathPrefix: '/demo/',
  variables: [
    { variable: 'customerName', selector: '[data-crm="customer-name"]' },
    { variable: 'contactKey', selector: '[data-crm="customer-phone"]' },
  ],
  channels: [
    { selector: '#notes', channel: 'note' },
    { selector: '#chat-reply', channel: 'chat' },
    { selector: '#email-body', channel: 'email' },
  ],
  source: 'builtin',
  updatedAt: 0,
};

export async function ensureBuiltinProfiles(db: LaipniDb): Promise<void> {
  await db.siteProfiles.put(DEMO_CRM_PROFILE);
}
