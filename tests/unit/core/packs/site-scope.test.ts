import { describe, expect, it } from 'vitest';
import type { Pack, Rule } from '../../../../lib/core/model/pack';
import { createChecker } from '../../../../lib/core/engine';
import {
  appliesOnSite,
  hasSiteScopes,
  hostMatches,
  packForSite,
  siteVersion,
} from '../../../../lib/core/packs/site-scope';
import { validatePack } from '../../../../lib/core/packs/validate';
import { BUILTIN_SCRIPTS } from '../../../../lib/core/scripts/builtin';
import type { Script } from '../../../../lib/core/model/script';

function rule(id: string, phrase: string, sites?: Rule['sites']): Rule {
  return {
    id,
    severity: 'warning',
    match: { kind: 'phrase', phrases: [phrase] },
    reason: { lv: `Nesakiet «${phrase}».`, en: `Do not say "${phrase}".` },
    replacements: ['produkts'],
    ...(sites ? { sites } : {}),
  };
}

function pack(): Pack {
  return {
    format: 'laipni-pack/1',
    id: 'team.sites',
    name: 'Vietnes',
    version: '1.0.0',
    author: 'Vadītāja',
    language: 'lv',
    rules: [
      rule('everywhere', 'zilonis'),
      rule('mail-only', 'čau', { hosts: ['mail.acme.lv'] }),
      rule('chat-domain', 'ok', { hosts: ['*.chat.acme.lv'] }),
      rule('profile-only', 'nu', { profiles: ['helpdesk'] }),
    ],
    phrases: [
      { id: 'p-all', situation: 'opening', text: 'Labdien!' },
      { id: 'p-mail', situation: 'closing', text: 'Ar cieņu', sites: { hosts: ['mail.acme.lv'] } },
    ],
  };
}

describe('site scopes', () => {
  it.each([
    ['mail.acme.lv', 'mail.acme.lv', true],
    ['mail.acme.lv', 'MAIL.acme.lv', true],
    ['mail.acme.lv', 'chat.acme.lv', false],
    ['mail.acme.lv', 'x.mail.acme.lv', false],
    ['*.acme.lv', 'acme.lv', true],
    ['*.acme.lv', 'a.b.acme.lv', true],
    ['*.acme.lv', 'notacme.lv', false],
    ['*.acme.lv', 'acme.lv.evil.com', false],
  ])('host pattern %s on %s: %s', (pattern, host, expected) => {
    expect(hostMatches(pattern, host)).toBe(expected);
  });

  it.each([
    [undefined, { host: 'x.lv', profiles: [] }, true],
    [{}, { host: 'x.lv', profiles: [] }, true],
    [{ hosts: ['a.lv'] }, { host: 'a.lv', profiles: [] }, true],
    [{ hosts: ['a.lv'] }, { host: 'b.lv', profiles: [] }, false],
    [{ profiles: ['crm'] }, { host: 'b.lv', profiles: ['crm'] }, true],
    [{ profiles: ['crm'] }, { host: 'b.lv', profiles: ['other'] }, false],
    [{ hosts: ['a.lv'], profiles: ['crm'] }, { host: 'b.lv', profiles: ['crm'] }, true],
  ])('scope %j on %j applies: %s', (scope, site, expected) => {
    expect(appliesOnSite(scope, site)).toBe(expected);
  });

  it.each([
    ['mail.acme.lv', [], ['everywhere', 'mail-only'], ['p-all', 'p-mail']],
    ['eu.chat.acme.lv', [], ['everywhere', 'chat-domain'], ['p-all']],
    ['crm.acme.lv', ['helpdesk'], ['everywhere', 'profile-only'], ['p-all']],
    ['other.lv', [], ['everywhere'], ['p-all']],
  ])('the effective pack on %s (profiles %j)', (host, profiles, ruleIds, phraseIds) => {
    const forSite = packForSite(pack(), { host, profiles });
    expect(forSite.rules.map((r) => r.id)).toEqual(ruleIds);
    expect(forSite.phrases?.map((p) => p.id)).toEqual(phraseIds);
  });

  it('the engine with the per-site pack flags a scoped rule on its site only', () => {
    const text = 'Čau, mums ir zilonis.';
    const flagged = (host: string) =>
      createChecker({ packs: [packForSite(pack(), { host, profiles: [] })] })
        .check(text)
        .map((f) => f.ruleId)
        .sort();
    expect(flagged('mail.acme.lv')).toEqual(['everywhere', 'mail-only']);
    expect(flagged('chat.acme.lv')).toEqual(['everywhere']);
  });

  it('versions differ per distinct set of rules and stay the pack’s own when nothing is left out', () => {
    const full = pack();
    const mail = packForSite(full, { host: 'mail.acme.lv', profiles: [] });
    const other = packForSite(full, { host: 'other.lv', profiles: [] });
    const other2 = packForSite(full, { host: 'another.lv', profiles: [] });
    expect(siteVersion('v1', full, mail)).not.toBe('v1');
    expect(siteVersion('v1', full, mail)).not.toBe(siteVersion('v1', full, other));
    expect(siteVersion('v1', full, other)).toBe(siteVersion('v1', full, other2));
    const unscoped = { ...full, rules: [rule('a', 'zilonis')], phrases: [] };
    expect(packForSite(unscoped, { host: 'x.lv', profiles: [] })).toBe(unscoped);
    expect(siteVersion('v1', unscoped, unscoped)).toBe('v1');
  });

  it('a pack with scopes validates; a bad host is refused in both languages', () => {
    expect(validatePack(JSON.stringify(pack()), { runExamples: false }).ok).toBe(true);
    const bad = pack();
    (bad.rules[1] as Rule).sites = { hosts: ['https://mail.acme.lv/'] };
    const result = validatePack(JSON.stringify(bad), { runExamples: false });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors[0]).toMatchObject({
      path: expect.stringContaining('rules[1].sites.hosts'),
      en: expect.stringContaining('host name in lower case'),
      lv: expect.stringContaining('Vietnes nosaukums'),
    });
  });
});

describe('call scripts scoped to sites', () => {
  const [inbound, outbound, callback] = BUILTIN_SCRIPTS as [Script, Script, Script];
  function withScripts(): Pack {
    return {
      ...pack(),
      format: 'laipni-pack/2',
      scripts: [
        { ...inbound, sites: { hosts: ['*.helpdesk.acme.lv'] } },
        { ...outbound, sites: { profiles: ['sales-desk'] } },
        callback,
      ],
    };
  }

  it.each([
    ['eu.helpdesk.acme.lv', [], ['inbound-service', 'callback-after-drop']],
    ['crm.acme.lv', ['sales-desk'], ['outbound-offer', 'callback-after-drop']],
    ['other.lv', [], ['callback-after-drop']],
  ])('on %s (profiles %j) the sidebar gets %j', (host, profiles, ids) => {
    expect(packForSite(withScripts(), { host, profiles }).scripts?.map((s) => s.id)).toEqual(ids);
  });

  it('a scoped script alone makes the pack per site, with its own version', () => {
    const onlyScripts: Pack = { ...withScripts(), rules: [rule('everywhere', 'zilonis')] };
    delete onlyScripts.phrases;
    expect(hasSiteScopes(onlyScripts)).toBe(true);
    const desk = packForSite(onlyScripts, { host: 'eu.helpdesk.acme.lv', profiles: [] });
    const other = packForSite(onlyScripts, { host: 'other.lv', profiles: [] });
    expect(siteVersion('v1', onlyScripts, desk)).not.toBe(siteVersion('v1', onlyScripts, other));
    // Rules are not touched: every site still checks the same ones.
    expect(other.rules.map((r) => r.id)).toEqual(['everywhere']);
  });

  it('validates; a bad profile id on a script is refused in both languages at its path', () => {
    expect(validatePack(JSON.stringify(withScripts()), { runExamples: false }).ok).toBe(true);
    const bad = withScripts();
    (bad.scripts?.[1] as Script).sites = { profiles: ['sales desk!'] };
    const result = validatePack(JSON.stringify(bad), { runExamples: false });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors[0]).toMatchObject({
      path: expect.stringContaining('scripts[1].sites.profiles'),
      en: expect.stringContaining('site-profile id'),
      lv: expect.stringContaining('profila identifikators'),
    });
  });
});
