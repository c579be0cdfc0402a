import { describe, expect, it, vi } from 'vitest';
import { createFrameLimiter } from '../../../lib/protocol/transport/rate-limit';
import { envelope } from '../../../lib/protocol/envelope';
import { MESSAGE_SENDERS, type ProtocolMap, type Reply } from '../../../lib/protocol/messages';
import { REQUEST_SCHEMAS } from '../../../lib/protocol/schemas';
import {
  createMessageRouter,
  routesOf,
  type Handlers,
} from '../../../lib/protocol/transport/router';
import type { SenderInfo } from '../../../lib/protocol/transport/sender';
import { samplePack } from '../../fixtures/sample-pack';

const identity = { extensionId: 'abc', baseUrl: 'chrome-extension://abc/' };
const page: SenderInfo = { id: 'abc', url: 'chrome-extension://abc/options.html' };
const content: SenderInfo = {
  id: 'abc',
  url: 'https://crm.example.lv/',
  tab: { id: 9 },
  frameId: 0,
};
const stranger: SenderInfo = { id: 'other', url: 'https://crm.example.lv/', tab: { id: 9 } };

function handlers(): Handlers<ProtocolMap> {
  return {
    'data:get-rules': vi.fn(async () => ({ version: 'v1', pack: samplePack() })),
    'data:report-findings': vi.fn(async ({ events }) => ({ recorded: events.length })),
    'data:checklist-hit': vi.fn(async () => ({ ticked: true })),
    'page:setup': vi.fn(async () => {
      throw new Error('not used here');
    }),
    'page:findings': vi.fn(async () => ({ relayed: true })),
    'page:values': vi.fn(async () => ({ contactSeen: false })),
    'page:tel-click': vi.fn(async () => ({ offered: true })),
    'frame:load-engine': vi.fn(async () => ({ loaded: true })),
    'frame:toggle-sidebar': vi.fn(async () => ({})),
    'frame:embed-token': vi.fn(async () => ({ token: 't' })),
    'frame:sidebar-width': vi.fn(async () => ({ width: 360 })),
    'page:card': vi.fn(async () => ({ shown: true })),
    'page:interaction': vi.fn(async () => ({})),
    'page:expand': vi.fn(async () => ({ text: null })),
    'page:fill': vi.fn(async () => ({ text: null })),
    'frame:sidebar-state': vi.fn(async () => ({})),
    'data:subscribe': vi.fn(async () => ({ added: false as const, problem: 'invalid' as const })),
    'data:refresh-subscription': vi.fn(async () => ({ outcomes: [] })),
    'data:subscription-diff': vi.fn(async () => ({ subscription: null, change: null })),
    'data:get-policy': vi.fn(async () => {
      throw new Error('boom');
    }),
    'data:set-distribution-settings': vi.fn(async () => ({ ok: false as const, invalidKeys: [] })),
    'voice:metrics': vi.fn(async () => undefined),
    'voice:failed': vi.fn(async () => undefined),
  };
}

const routes = (h = handlers()) => routesOf<ProtocolMap>(MESSAGE_SENDERS, REQUEST_SCHEMAS, h);

describe('message router', () => {
  it('never lets a content script drive the sidebar: its actions are not runtime messages', async () => {
    const route = createMessageRouter(routes(), { identity });
    const finding = { ruleId: 'es-nezinu', start: 0, end: 9, text: 'Es nezinu' };
    for (const message of [
      envelope('sidebar:apply', { tabId: 9, finding, suggestion: 'Noskaidrošu' }),
      envelope('sidebar:insert', { tabId: 9, text: 'Labdien!' }),
      envelope('sidebar:tab-state', { tabId: 9 }),
    ]) {
      expect(route(message, content)).toBeUndefined();
      expect(route(message, page)).toBeUndefined();
    }
  });

  it('bounds what a content script may report for the sidebar', async () => {
    const route = createMessageRouter(routes(), { identity });
    const huge = Array.from({ length: 51 }, () => ({
      ruleId: 'es-nezinu',
      start: 0,
      end: 9,
      text: 'Es nezinu',
      severity: 'warning',
      message: 'x',
      suggestions: [],
    }));
    expect(await route(envelope('page:findings', { findings: huge }), content)).toMatchObject({
      ok: false,
      error: 'invalid',
    });
  });

  it('lets content scripts ask for the rule set and report counters', async () => {
    const route = createMessageRouter(routes(), { identity });
    expect(await route(envelope('data:get-rules', {}), content)).toMatchObject({
      ok: true,
      value: { version: 'v1' },
    });
    const events = [{ ruleId: 'es-nezinu', form: 'nezinu', outcome: 'flagged' }];
    expect(await route(envelope('data:report-findings', { events }), content)).toEqual({
      ok: true,
      value: { recorded: 1 },
    });
  });

  it('refuses privileged requests from content scripts and anything from strangers', async () => {
    const h = handlers();
    const route = createMessageRouter(routes(h), { identity });
    const subscribe = envelope('data:subscribe', { url: 'https://x.lv/p.json' });
    expect(await route(subscribe, content)).toMatchObject({ ok: false, error: 'forbidden' });
    expect(h['data:subscribe']).not.toHaveBeenCalled();
    expect(await route(envelope('data:get-rules', {}), stranger)).toMatchObject({
      ok: false,
      error: 'forbidden',
    });
    expect(await route(subscribe, page)).toMatchObject({ ok: true });
  });

  it('validates and bounds what content scripts send', async () => {
    const h = handlers();
    const route = createMessageRouter(routes(h), { identity });
    const bad: unknown[] = [
      { events: [{ ruleId: 'x', form: 'a'.repeat(101), outcome: 'flagged' }] },
      {
        events: Array.from({ length: 101 }, () => ({ ruleId: 'x', form: 'y', outcome: 'flagged' })),
      },
      { events: [{ ruleId: 'Not Id', form: 'y', outcome: 'flagged' }] },
      { events: [{ ruleId: 'x', form: 'y', outcome: 'flagged', text: 'the whole note' }] },
      { events: 'all' },
      null,
    ];
    for (const payload of bad) {
      const reply = (await route(
        { laipni: 1, name: 'data:report-findings', payload },
        content,
      )) as Reply<unknown>;
      expect(reply).toMatchObject({ ok: false, error: 'invalid' });
    }
    expect(h['data:report-findings']).not.toHaveBeenCalled();
  });

  it('ignores messages that are not its own', () => {
    const route = createMessageRouter(routes(), { identity });
    expect(route(envelope('shell:load-engine', {}), content)).toBeUndefined();
    expect(route(envelope('constructor', {}), content)).toBeUndefined();
    expect(route({ name: 'data:get-rules' }, content)).toBeUndefined();
    expect(route('data:get-rules', content)).toBeUndefined();
  });

  it('turns a failing handler into a failed reply', async () => {
    const route = createMessageRouter(routes(), { identity });
    expect(await route(envelope('data:get-policy', {}), page)).toEqual({
      ok: false,
      error: 'failed',
      message: 'boom',
    });
  });

  it('rate-limits content scripts per frame', async () => {
    let now = 0;
    const route = createMessageRouter(routes(), {
      identity,
      limiter: createFrameLimiter({ perFrame: 3, perTab: 100, windowMs: 1000 }),
      now: () => now,
    });
    const replies = [];
    for (let i = 0; i < 4; i++) replies.push(await route(envelope('data:get-rules', {}), content));
    expect(replies.map((r) => r?.ok)).toEqual([true, true, true, false]);
    expect(
      await route(envelope('data:get-rules', {}), { ...content, tab: { id: 10 } }),
    ).toMatchObject({ ok: true });
    now = 1500;
    expect(await route(envelope('data:get-rules', {}), content)).toMatchObject({ ok: true });
    // Extension pages are not limited.
    for (let i = 0; i < 5; i++)
      expect(await route(envelope('data:get-rules', {}), page)).toMatchObject({ ok: true });
  });

  it('keeps a per-tab ceiling that many frames cannot use up for the preferred frame', async () => {
    const route = createMessageRouter(routes(), {
      identity,
      limiter: createFrameLimiter({
        perFrame: 3,
        perTab: 5,
        windowMs: 1000,
        preferred: (sender) => sender.frameId === 0,
      }),
      now: () => 0,
    });
    const frame = (frameId: number) => ({ ...content, tab: { id: 20 }, frameId });
    const ask = (frameId: number) => route(envelope('data:get-rules', {}), frame(frameId));
    // A page's frames 1..3 send as much as each may: the tab's ceiling of 5 is reached.
    const flood = [];
    for (const id of [1, 2, 3]) for (let i = 0; i < 3; i++) flood.push((await ask(id))?.ok);
    expect(flood.filter(Boolean)).toHaveLength(5);
    // Another frame of the page is stopped by the ceiling; the top frame is not.
    expect(await ask(4)).toMatchObject({ ok: false, error: 'rate-limited' });
    expect(await ask(0)).toMatchObject({ ok: true });
    // Its own limit still holds.
    await ask(0);
    await ask(0);
    expect(await ask(0)).toMatchObject({ ok: false, error: 'rate-limited' });
    // Another tab has its own ceiling.
    expect(
      await route(envelope('data:get-rules', {}), { ...content, tab: { id: 21 }, frameId: 1 }),
    ).toMatchObject({ ok: true });
  });
});
