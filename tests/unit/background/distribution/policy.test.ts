import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validatePack } from '../../../../lib/core/packs/validate';
import {
  managedKeys,
  parsePolicy,
  siteAllowedByPolicy,
} from '../../../../lib/background/distribution/policy';

const KEY = `${'A'.repeat(42)}E=`; // 32 zero-ish bytes, base64

describe('company policy parsing', () => {
  it('reads every known setting', () => {
    const { policy, problems } = parsePolicy({
      packUrls: ['https://packs.example.lv/team.json', 'http://localhost:8080/p.json'],
      inlinePacks: ['{"format":"laipni-pack/1"}'],
      lockedRuleIds: ['es-nezinu', 'es-nezinu'],
      publicKeys: [KEY],
      personalRulesAllowed: false,
      retentionDays: 30,
      refreshMinutes: 15,
      onlySites: ['CRM.example.lv', '*.zendesk.com'],
      disabledSites: ['mail.example.lv'],
      sidebarOpenByDefault: true,
      sidebarWidth: 400,
      sidebarMode: 'side-panel',
    });
    expect(problems).toEqual([]);
    expect(policy).toMatchObject({
      packUrls: ['https://packs.example.lv/team.json', 'http://localhost:8080/p.json'],
      lockedRuleIds: ['es-nezinu'],
      personalRulesAllowed: false,
      retentionDays: 30,
      onlySites: ['crm.example.lv', '*.zendesk.com'],
      sidebarMode: 'side-panel',
    });
    expect(managedKeys(policy)).toHaveLength(12);
  });

  it('ignores wrong fields and unknown keys, keeping the rest, with bilingual problems', () => {
    const { policy, problems } = parsePolicy({
      packUrls: ['http://packs.example.lv/team.json', 'https://ok.example.lv/p.json'],
      lockedRuleIds: 'es-nezinu',
      retentionDays: 0,
      personalRulesAllowed: 'no',
      publicKeys: ['not-a-key'],
      sidebarMode: 'popup',
      colour: 'blue',
    });
    expect(policy).toEqual({ packUrls: ['https://ok.example.lv/p.json'], publicKeys: [] });
    expect(problems.map((p) => p.key).sort()).toEqual([
      'colour',
      'lockedRuleIds',
      'packUrls[0]',
      'personalRulesAllowed',
      'publicKeys[0]',
      'retentionDays',
      'sidebarMode',
    ]);
    expect(problems.every((p) => p.lv.length > 0 && p.en.length > 0)).toBe(true);
  });

  it('takes export credentials as one Authorization header value, never a second header', () => {
    expect(parsePolicy({ activityExportAuthorization: 'Bearer abc.DEF-123' })).toEqual({
      policy: { activityExportAuthorization: 'Bearer abc.DEF-123' },
      problems: [],
    });
    for (const value of [
      'Bearer abc\r\nX-Forwarded-For: 1.2.3.4',
      'Bearer abc\nCookie: x',
      'token-without-scheme',
      'Bearer ',
      `Bearer ${'x'.repeat(4100)}`,
      'Bearer ķēķis',
      42,
    ]) {
      const { policy, problems } = parsePolicy({ activityExportAuthorization: value });
      expect(policy, String(value).slice(0, 40)).toEqual({});
      expect(problems).toMatchObject([
        { key: 'activityExportAuthorization', en: expect.stringContaining('Authorization') },
      ]);
    }
  });

  it('an empty or missing policy manages nothing; a non-object is a problem', () => {
    expect(parsePolicy({})).toEqual({ policy: {}, problems: [] });
    expect(parsePolicy(undefined).policy).toEqual({});
    expect(parsePolicy([1]).problems).toHaveLength(1);
    expect(managedKeys({})).toEqual([]);
  });

  it('"only these sites" matches exact hosts and wildcard subdomains', () => {
    const policy = { onlySites: ['crm.example.lv', '*.zendesk.com'] };
    expect(siteAllowedByPolicy(policy, 'crm.example.lv')).toBe(true);
    expect(siteAllowedByPolicy(policy, 'acme.zendesk.com')).toBe(true);
    expect(siteAllowedByPolicy(policy, 'zendesk.com')).toBe(true);
    expect(siteAllowedByPolicy(policy, 'evilzendesk.com')).toBe(false);
    expect(siteAllowedByPolicy(policy, 'mail.example.lv')).toBe(false);
    expect(siteAllowedByPolicy({}, 'anything.lv')).toBe(true);
  });
});

describe('the example policy files in docs/policy', () => {
  /** Follows `path` into a JSON file, as the browser does to find the extension's policy. */
  const policyIn = (file: string, path: string[]): unknown =>
    path.reduce<unknown>(
      (node, key) => (node as Record<string, unknown> | undefined)?.[key],
      JSON.parse(readFileSync(`docs/policy/${file}`, 'utf8')),
    );

  it('parse without problems, and the inline pack is valid', () => {
    const chrome = policyIn('chrome-managed-policy.json', [
      '3rdparty',
      'extensions',
      'kajdnpilbfhehopjdbojibjcclakjpme',
    ]);
    const firefox = policyIn('firefox-policies.json', [
      'policies',
      '3rdparty',
      'Extensions',
      'laipni@laipni.lv',
    ]);
    for (const raw of [chrome, firefox]) {
      expect(raw).toBeTypeOf('object');
      expect(parsePolicy(raw).problems).toEqual([]);
    }
    expect(validatePack(parsePolicy(chrome).policy.inlinePacks?.[0]).ok).toBe(true);
  });
});
