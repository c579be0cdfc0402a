import { describe, expect, it, vi } from 'vitest';
import { createRateLimiter } from '../../../lib/protocol/transport/rate-limit';
import { envelope, type Reply } from '../../../lib/protocol/data-messages';
import { createMessageRouter, type Handlers } from '../../../lib/protocol/transport/router';
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

function handlers(): Handlers {
  return {
    'data:get-rules': vi.fn(async () => ({ version: 'v1', pack: samplePack() })),
    'data:report-findings': vi.fn(async ({ events }) => ({ recorded: events.length })),
    'data:checklist-hit': vi.fn(async () => ({ ticked: true })),
    'data:get-layering-report': vi.fn(async () => {
      throw new Error('boom');
    }),
    'data:import-pack': vi.fn(async () => ({
      ok: false as const,
      reason: 'invalid' as const,
      errors: [],
      warnings: [],
    })),
    'data:purge-now': vi.fn(async () => ({ calls: 0, contacts: 0, stats: 0 })),
    'page:setup': vi.fn(async () => {
      throw new Error('not used here');
    }),
    'page:findings': vi.fn(async () => ({ relayed: true })),
    'page:values': vi.fn(async () => ({ contactSeen: false })),
    'page:tel-click': vi.fn(async () => ({ offered: true })),
    'sidebar:tab-state': vi.fn(async ({ tabId }) => ({
      tabId,
      site: 'crm.example.lv',
      findings: [],
      page: { contactSeen: false },
    })),
    'sidebar:apply': vi.fn(async () => ({ ok: true as const })),
    'sidebar:insert': vi.fn(async () => ({ ok: true as const })),
    'sidebar:start-call': vi.fn(async () => ({ callId: 'c1' })),
    'data:subscribe': vi.fn(async () => ({ added: false as const, problem: 'invalid' as const })),
    'data:refresh-subscription': vi.fn(async () => ({ outcomes: [] })),
    'data:subscription-diff': vi.fn(async () => ({ subscription: null, change: null })),
    'data:get-policy': vi.fn(async () => ({
      source: 'none' as const,
      appliedAt: 0,
      policy: {},
      managed: [],
      problems: [],
      inlinePackIds: [],
    })),
    'data:set-distribution-settings': vi.fn(async () => ({ ok: false as const, invalidKeys: [] })),
  };
}

describe('message router', () => {
  it('never lets a content script drive the sidebar (apply, insert, read a tab)', async () => {
    const route = createMessageRouter(handlers(), { identity });
    const finding = { ruleId: 'es-nezinu', start: 0, end: 9, text: 'Es nezinu' };
    for (const message of [
      envelope('sidebar:apply', { tabId: 9, finding, suggestion: 'Noskaidrošu' }),
      envelope('sidebar:insert', { tabId: 9, text: 'Labdien!' }),
      envelope('sidebar:tab-state', { tabId: 9 }),
    ]) {
      expect(await route(message, content)).toMatchObject({ ok: false, error: 'forbidden' });
    }
    expect(await route(envelope('sidebar:insert', { tabId: 9, text: 'Labdien!' }), page)).toEqual({
      ok: true,
      value: { ok: true },
    });
  });

  it('bounds what a content script may report for the sidebar', async () => {
    const route = createMessageRouter(handlers(), { identity });
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
    const route = createMessageRouter(handlers(), { identity });
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
    const route = createMessageRouter(h, { identity });
    const imported = await route(envelope('data:import-pack', { json: '{}' }), content);
    expect(imported).toMatchObject({ ok: false, error: 'forbidden' });
    expect(h['data:import-pack']).not.toHaveBeenCalled();
    expect(await route(envelope('data:get-rules', {}), stranger)).toMatchObject({
      ok: false,
      error: 'forbidden',
    });
    expect(await route(envelope('data:import-pack', { json: '{}' }), page)).toMatchObject({
      ok: true,
    });
  });

  it('validates and bounds what content scripts send', async () => {
    const h = handlers();
    const route = createMessageRouter(h, { identity });
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

  it('ignores messages that are not its own (the shell router answers those)', () => {
    const route = createMessageRouter(handlers(), { identity });
    expect(route(envelope('shell:load-engine', {}), content)).toBeUndefined();
    expect(route({ name: 'data:get-rules' }, content)).toBeUndefined();
    expect(route('data:get-rules', content)).toBeUndefined();
  });

  it('turns a failing handler into a failed reply', async () => {
    const route = createMessageRouter(handlers(), { identity });
    expect(await route(envelope('data:get-layering-report', {}), page)).toEqual({
      ok: false,
      error: 'failed',
      message: 'boom',
    });
  });

  it('rate-limits content scripts per tab', async () => {
    let now = 0;
    const route = createMessageRouter(handlers(), {
      identity,
      limiter: createRateLimiter(3, 1000),
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
});
