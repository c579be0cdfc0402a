import { describe, expect, it, vi } from 'vitest';

// A loaded 2-core machine needs more than waitFor's default second.
const WAIT = { timeout: 5_000 };
import {
  createPolicyService,
  type PolicySource,
} from '../../../../lib/background/distribution/policy-service';
import type { RefreshDeps } from '../../../../lib/background/distribution/refresh';
import {
  createSubscriptionService,
  SUBSCRIPTION_ALARM,
  type AlarmPort,
} from '../../../../lib/background/distribution/subscription-service';
import { MINUTE_MS, nextUnderPeriod } from '../../../../lib/background/distribution/schedule';
import { watchRefreshPeriod } from '../../../../lib/background/distribution/period-watch';
import { getPolicyState, putPolicyState } from '../../../../lib/data/policy-state';
import {
  getDistributionSettings,
  updateDistributionSettings,
} from '../../../../lib/data/distribution-settings';
import { getPack, listPacks } from '../../../../lib/data/packs';
import { getSettings } from '../../../../lib/data/settings';
import {
  addSubscription,
  listSubscriptions,
  removeSubscription,
  updateSubscription,
} from '../../../../lib/data/subscriptions';
import type { PolicyInput } from '../../../../lib/core/packs/overrides';
import { freshDb } from '../../data/helpers';
import { fakeServer, teamPack } from './fixtures';

function fakeAlarms() {
  const listeners = new Set<(name: string) => void>();
  const scheduled: Array<{ name: string; when: number; period: number }> = [];
  const port: AlarmPort = {
    schedule: (name, when, period) => scheduled.push({ name, when, period }),
    onAlarm: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  return { port, scheduled, fire: (name: string) => listeners.forEach((l) => l(name)) };
}

describe('subscription service', () => {
  it('downloads a newly added URL at once, then schedules the alarm for the next due one', async () => {
    const db = freshDb();
    const server = fakeServer(JSON.stringify(teamPack('1.0.0', ['zilonis'])));
    let clock = 1_000_000;
    const deps: RefreshDeps = {
      db,
      fetch: server.fetch,
      now: () => clock,
      pinnedKeys: async () => [],
      refreshMinutes: async () => 60,
      random: () => 0.5,
    };
    const alarms = fakeAlarms();
    const service = createSubscriptionService(deps, alarms.port);
    // The options page writes the subscription straight into the database.
    await addSubscription(db, 'https://packs.example.lv/a.json', clock);
    await vi.waitFor(async () => expect(await getPack(db, 'team.sales')).toBeDefined(), WAIT);
    await vi.waitFor(
      () =>
        expect(alarms.scheduled.at(-1)).toEqual({
          name: SUBSCRIPTION_ALARM,
          when: clock + 60 * MINUTE_MS,
          period: 60,
        }),
      WAIT,
    );

    // Not due yet: the alarm refreshes nothing; once due, it refreshes (a 304 here).
    expect(await service.runDue()).toEqual([]);
    clock += 61 * MINUTE_MS;
    alarms.fire(SUBSCRIPTION_ALARM);
    await vi.waitFor(() => expect(server.requests).toHaveLength(2), WAIT);
    await vi.waitFor(
      async () => expect((await listSubscriptions(db))[0]?.notModified).toBe(1),
      WAIT,
    );
    // "Refresh now" ignores the schedule; concurrent calls share one request.
    const url = 'https://packs.example.lv/a.json';
    const [a, b] = await Promise.all([service.refreshNow(url), service.refreshNow(url)]);
    expect(a?.[0]?.status).toBe('not-modified');
    expect(b?.[0]?.status).toBe('not-modified');
    expect(server.requests).toHaveLength(3);
    service.stop();
  });
});

describe('a new refresh period', () => {
  const HOUR = 60 * MINUTE_MS;
  it.each([
    ['checked, 60 → 15 min', { lastCheckAt: 0, nextAttemptAt: HOUR }, 15, 15 * MINUTE_MS],
    ['checked, 60 min → 24 h', { lastCheckAt: 0, nextAttemptAt: HOUR }, 1440, 24 * HOUR],
    // 6 failures: 32 min of backoff, under the cap of eight periods either way.
    [
      'failing, backoff kept',
      { lastCheckAt: 0, failures: 6, nextAttemptAt: 32 * MINUTE_MS },
      15,
      32 * MINUTE_MS,
    ],
    // 10 failures: 512 min under a 60-min period (cap 8 h); a 15-min period caps it at 2 h.
    [
      'failing, cap of the new period',
      { lastCheckAt: 0, failures: 10, nextAttemptAt: 8 * HOUR },
      15,
      2 * HOUR,
    ],
    ['never checked: unchanged', { nextAttemptAt: 5 }, 15, 5],
    ['never checked, no time: due now', {}, 15, undefined],
  ])('%s', (_, sub, minutes, expected) => {
    expect(nextUnderPeriod(sub, minutes * MINUTE_MS, () => 0.5)).toBe(expected);
  });

  it('moves the check already planned and the alarm at once, not after that check', async () => {
    const db = freshDb();
    const server = fakeServer(JSON.stringify(teamPack('1.0.0', ['zilonis'])));
    const clock = 1_000_000;
    let minutes = 60;
    const alarms = fakeAlarms();
    const service = createSubscriptionService(
      {
        db,
        fetch: server.fetch,
        now: () => clock,
        pinnedKeys: async () => [],
        refreshMinutes: async () => minutes,
        random: () => 0.5,
      },
      alarms.port,
    );
    const url = 'https://packs.example.lv/a.json';
    await addSubscription(db, url, clock);
    await vi.waitFor(
      () => expect(alarms.scheduled.at(-1)).toMatchObject({ when: clock + HOUR, period: 60 }),
      WAIT,
    );

    minutes = 15;
    await service.retime();
    expect((await listSubscriptions(db))[0]?.nextAttemptAt).toBe(clock + 15 * MINUTE_MS);
    expect(alarms.scheduled.at(-1)).toEqual({
      name: SUBSCRIPTION_ALARM,
      when: clock + 15 * MINUTE_MS,
      period: 15,
    });
    expect(server.requests).toHaveLength(1); // nothing fetched early
    service.stop();
  });

  it('is seen when the agent changes the setting or company policy sets one', async () => {
    const db = freshDb();
    const minutes = async () =>
      (await getPolicyState(db))?.policy.refreshMinutes ??
      (await getDistributionSettings(db)).refreshMinutes;
    const seen: number[] = [];
    const watch = watchRefreshPeriod(db, minutes, (m) => seen.push(m));
    await watch.ready; // the period at start is only noted
    // The options page writes the agent's choice straight into the database.
    await updateDistributionSettings(db, { refreshMinutes: 15 });
    await vi.waitFor(() => expect(seen).toEqual([15]), WAIT);
    // A setting that does not change the period (a pinned key) is no change.
    await updateDistributionSettings(db, { pinnedKeys: [] });
    await putPolicyState(db, {
      source: 'managed',
      appliedAt: 1,
      policy: { refreshMinutes: 240 },
      managed: ['refreshMinutes'],
      problems: [],
      inlinePackIds: [],
    });
    await vi.waitFor(() => expect(seen).toEqual([15, 240]), WAIT);
    watch.stop();
  });
});

function policySource(initial: unknown) {
  let raw = initial;
  let listener: () => void = () => {};
  const source: PolicySource = {
    read: async () => ({ raw, source: 'managed' }),
    onChange: (l) => {
      listener = l;
      return () => {};
    },
  };
  return {
    source,
    change(next: unknown) {
      raw = next;
      listener();
    },
  };
}

describe('company policy service', () => {
  it('installs inline packs as policy packs, locks rules, writes retention, manages URLs', async () => {
    const db = freshDb();
    await addSubscription(db, 'https://own.example.lv/p.json', 1);
    const setPolicy = vi.fn<(p: PolicyInput) => void>();
    const inline = teamPack('1.0.0', ['zilonis'], { id: 'company.base' });
    const { source, change } = policySource({
      inlinePacks: [JSON.stringify(inline)],
      packUrls: ['https://packs.example.lv/company.json', 'https://own.example.lv/p.json'],
      lockedRuleIds: ['es-nezinu'],
      personalRulesAllowed: false,
      retentionDays: 30,
      colour: 'blue',
    });
    const service = createPolicyService({ db, rules: { setPolicy }, source, now: () => 5 });
    await service.ready;

    expect(setPolicy).toHaveBeenLastCalledWith({
      lockedRuleIds: ['es-nezinu'],
      personalRulesAllowed: false,
    });
    expect(await getPack(db, 'company.base')).toMatchObject({ source: 'policy' });
    expect((await getSettings(db)).retentionDays).toBe(30);
    const subs = await listSubscriptions(db);
    expect(subs.map((s) => [s.url, s.managed])).toEqual([
      ['https://own.example.lv/p.json', true],
      ['https://packs.example.lv/company.json', true],
    ]);
    // The agent cannot remove a subscription the company manages.
    expect(await removeSubscription(db, 'https://packs.example.lv/company.json')).toBe(false);
    const state = await service.state();
    expect(state).toMatchObject({
      source: 'managed',
      managed: [
        'packUrls',
        'inlinePacks',
        'lockedRuleIds',
        'personalRulesAllowed',
        'retentionDays',
      ],
      inlinePackIds: ['company.base'],
      problems: [{ key: 'colour' }],
    });

    // The policy changes: the inline pack and the URLs go, their policy packs are removed.
    await updateSubscription(db, 'https://packs.example.lv/company.json', {
      packId: 'company.url',
    });
    change({ lockedRuleIds: [] });
    await service.reload(); // queued after the change event's own application
    expect((await getPolicyState(db))?.managed).toEqual(['lockedRuleIds']);
    expect(await getPack(db, 'company.base')).toBeUndefined();
    expect((await listSubscriptions(db)).map((s) => s.url)).toEqual([]);
    expect(setPolicy).toHaveBeenLastCalledWith({ lockedRuleIds: [], personalRulesAllowed: true });
    service.stop();
  });

  it('reports an inline pack that does not validate and installs the rest', async () => {
    const db = freshDb();
    const { source } = policySource({
      inlinePacks: ['{"format":"laipni-pack/1","id":"broken"}', teamPack('1.0.0', ['x'])],
    });
    const service = createPolicyService({ db, rules: { setPolicy: () => {} }, source });
    const state = await service.state();
    expect(state.problems).toMatchObject([
      { key: 'inlinePacks[0]', en: expect.stringContaining('could not be installed') },
    ]);
    expect((await listPacks(db)).map((p) => p.id)).toEqual(['team.sales']);
  });
});
