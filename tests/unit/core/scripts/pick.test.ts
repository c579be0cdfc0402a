import { describe, expect, it } from 'vitest';
import type { Script, ScriptAppliesTo } from '../../../../lib/core/model/script';
import { pickScript, rankScripts, type CallForScripts } from '../../../../lib/core/scripts/pick';
import { sampleScript } from './fixtures';

function script(id: string, appliesTo?: ScriptAppliesTo, repeat = false): Script {
  const s = sampleScript();
  s.id = id;
  if (appliesTo) s.appliesTo = appliesTo;
  else delete s.appliesTo;
  if (!repeat) delete s.repeatStart;
  return s;
}

const SCRIPTS = [
  script('generic'),
  script('inbound-service', { direction: 'inbound', channels: ['call'], situations: ['service'] }),
  script(
    'outbound-sales',
    { direction: 'outbound', channels: ['call'], situations: ['sales'] },
    true,
  ),
  script('callback', { direction: 'outbound', situations: ['dropped-call'] }),
  script('chat-only', { channels: ['chat'] }),
  script('acme-crm', { siteProfiles: ['acme'], direction: 'any' }),
];

const order = (call: CallForScripts) =>
  rankScripts(SCRIPTS, call)
    .filter((r) => r.fits)
    .map((r) => r.script.id);

describe('rankScripts', () => {
  it.each<[string, CallForScripts, string[]]>([
    ['an inbound call', { direction: 'inbound', channel: 'call' }, ['inbound-service', 'generic']],
    [
      'an outbound sales call',
      { direction: 'outbound', channel: 'call', situations: ['sales'] },
      ['outbound-sales', 'generic'],
    ],
    [
      'an outbound repeat call prefers the script with a repeat-call step',
      { direction: 'outbound', channel: 'call', repeatCall: true },
      ['outbound-sales', 'generic'],
    ],
    [
      'the call-back after a drop',
      { direction: 'outbound', channel: 'call', afterDrop: true },
      ['callback', 'outbound-sales', 'generic'],
    ],
    [
      "the call-back continues the dropped call's script first",
      { direction: 'outbound', channel: 'call', afterDrop: true, resumeScriptId: 'outbound-sales' },
      ['outbound-sales', 'callback', 'generic'],
    ],
    ['a chat', { channel: 'chat' }, ['chat-only', 'generic']],
    [
      'a call on the ACME CRM',
      { direction: 'inbound', channel: 'call', siteProfile: 'acme' },
      ['acme-crm', 'inbound-service', 'generic'],
    ],
    ['nothing known', {}, ['generic', 'inbound-service', 'outbound-sales', 'chat-only']],
  ])('%s', (_name, call, expected) => {
    expect(order(call)).toEqual(expected);
  });

  it('keeps every script, the ones that do not fit last', () => {
    const ranked = rankScripts(SCRIPTS, { direction: 'inbound', channel: 'call' });
    expect(ranked).toHaveLength(SCRIPTS.length);
    expect(ranked.map((r) => r.fits)).toEqual([true, true, false, false, false, false]);
  });

  it('pickScript: the first that fits, or none', () => {
    expect(pickScript(SCRIPTS, { direction: 'inbound', channel: 'call' })?.id).toBe(
      'inbound-service',
    );
    expect(pickScript([SCRIPTS[4] as Script], { channel: 'call' })).toBeUndefined();
    expect(pickScript([], {})).toBeUndefined();
  });
});
