import { describe, expect, it } from 'vitest';
import { putPolicyState } from '../../../lib/data/policy-state';
import { getSiteSettings, updateSiteSettings } from '../../../lib/data/sites';
import { freshDbsClosedAfterEach } from './helpers';

const db = freshDbsClosedAfterEach();

async function withPolicy(policy: { sidebarOpenByDefault?: boolean; sidebarWidth?: number }) {
  const made = db();
  await putPolicyState(made, {
    source: 'managed',
    appliedAt: 1,
    policy,
    managed: Object.keys(policy),
    problems: [],
    inlinePackIds: [],
  });
  return made;
}

describe('site settings and company policy', () => {
  it('without a policy a site starts with the sidebar closed at 360 px', async () => {
    expect(await getSiteSettings(db(), 'crm.acme.lv')).toMatchObject({
      sidebarOpen: false,
      sidebarWidth: 360,
    });
  });

  it('a site the agent has not set up takes the policy’s sidebarOpenByDefault and sidebarWidth', async () => {
    const d = await withPolicy({ sidebarOpenByDefault: true, sidebarWidth: 480 });
    expect(await getSiteSettings(d, 'crm.acme.lv')).toMatchObject({
      enabled: true,
      sidebarOpen: true,
      sidebarWidth: 480,
    });
  });

  it('the agent’s own choice on a site is kept over the policy’s default', async () => {
    const d = await withPolicy({ sidebarOpenByDefault: true, sidebarWidth: 480 });
    await updateSiteSettings(d, 'crm.acme.lv', { sidebarOpen: false });
    expect(await getSiteSettings(d, 'crm.acme.lv')).toMatchObject({
      sidebarOpen: false,
      sidebarWidth: 480,
    });
    await updateSiteSettings(d, 'crm.acme.lv', { sidebarWidth: 300 });
    expect((await getSiteSettings(d, 'crm.acme.lv')).sidebarWidth).toBe(300);
    // Other sites still take the policy's defaults.
    expect(await getSiteSettings(d, 'mail.acme.lv')).toMatchObject({ sidebarOpen: true });
  });
});
