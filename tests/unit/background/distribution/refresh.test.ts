import { beforeEach, describe, expect, it } from 'vitest';
import {
  refreshSubscription,
  type RefreshDeps,
} from '../../../../lib/background/distribution/refresh';
import {
  FIRST_RETRY_MS,
  MINUTE_MS,
  retryDelay,
} from '../../../../lib/background/distribution/schedule';
import type { LaipniDb } from '../../../../lib/data/database';
import { getPack, readPack } from '../../../../lib/data/packs';
import {
  addSubscription,
  getSubscription,
  updateSubscription,
} from '../../../../lib/data/subscriptions';
import { dumpDatabase } from '../../../../lib/data/dump';
import { validatePack } from '../../../../lib/core/packs/validate';
import { bytesToBase64 } from '../../../../lib/core/packs/base64';
import { signPackDocument } from '../../../../lib/core/packs/signature';
import { freshDb } from '../../data/helpers';
import { fakeServer, teamPack, type FakeServer } from './fixtures';

const URL_ = 'https://packs.example.lv/team.json';
let db: LaipniDb;
let server: FakeServer;
let clock: number;
let keys: string[];

function deps(extra: Partial<RefreshDeps> = {}): RefreshDeps {
  return {
    db,
    fetch: server.fetch,
    now: () => clock,
    pinnedKeys: async () => keys,
    refreshMinutes: async () => 60,
    random: () => 0.5, // no jitter
    timeoutMs: 200,
    ...extra,
  };
}

const json = (value: unknown) => JSON.stringify(value);

beforeEach(async () => {
  db = freshDb();
  clock = Date.UTC(2025, 0, 1, 9);
  keys = [];
  server = fakeServer(json(teamPack('1.0.0', ['zilonis'])));
  await addSubscription(db, URL_, clock);
});

describe('subscription refresh', () => {
  it('installs the first download as a url pack and records validators and the change', async () => {
    expect(await refreshSubscription(deps(), URL_)).toMatchObject({
      status: 'updated',
      packId: 'team.sales',
      version: '1.0.0',
    });
    expect(await getPack(db, 'team.sales')).toMatchObject({ source: 'url', origin: URL_ });
    const sub = await getSubscription(db, URL_);
    expect(sub).toMatchObject({
      packId: 'team.sales',
      version: '1.0.0',
      lastSuccessAt: clock,
      failures: 0,
      downloads: 1,
      nextAttemptAt: clock + 60 * MINUTE_MS,
      lastModified: 'Wed, 01 Jan 2025 10:00:00 GMT',
      lastChange: { direction: 'install', counts: { added: 1 } },
    });
    expect(sub?.etag).toMatch(/^"/);
  });

  it('a 304 costs no parsing or validation: only the clock moves', async () => {
    await refreshSubscription(deps(), URL_);
    const before = await getPack(db, 'team.sales');
    clock += 60 * MINUTE_MS;
    expect(await refreshSubscription(deps(), URL_)).toMatchObject({ status: 'not-modified' });
    expect(server.requests.at(-1)?.headers['if-none-match']).toBe(
      (await getSubscription(db, URL_))?.etag,
    );
    expect(server.requests.at(-1)?.headers['if-modified-since']).toBe(
      'Wed, 01 Jan 2025 10:00:00 GMT',
    );
    const sub = await getSubscription(db, URL_);
    expect(sub).toMatchObject({ downloads: 1, notModified: 1, lastCheckAt: clock });
    // The pack record was not rewritten.
    expect((await getPack(db, 'team.sales'))?.updatedAt).toBe(before?.updatedAt);
  });

  it('an update swaps the pack and stores what changed with the new changelog entries', async () => {
    await refreshSubscription(deps(), URL_);
    server.body = json(
      teamPack('1.1.0', ['zilonis', 'žirafe'], {
        changelog: [
          { version: '1.1.0', notes: { lv: 'Žirafe', en: 'Giraffe' } },
          { version: '1.0.0', notes: { lv: 'Sākums' } },
        ],
      }),
    );
    clock += MINUTE_MS;
    expect(await refreshSubscription(deps(), URL_)).toMatchObject({
      status: 'updated',
      version: '1.1.0',
    });
    expect((await getPack(db, 'team.sales'))?.version).toBe('1.1.0');
    expect((await getSubscription(db, URL_))?.lastChange).toMatchObject({
      fromVersion: '1.0.0',
      toVersion: '1.1.0',
      added: [{ id: 'team-rule-1' }],
      changelog: [{ version: '1.1.0', notes: { en: 'Giraffe' } }],
      at: clock,
    });
  });

  it('404, network errors and timeouts keep the last good version and back off', async () => {
    await refreshSubscription(deps(), URL_);
    const lastSuccess = clock;
    server.status = 404;
    clock += MINUTE_MS;
    const notFound = await refreshSubscription(deps(), URL_);
    expect(notFound).toMatchObject({
      status: 'failed',
      error: {
        en: 'There is no pack at this address (HTTP 404). The previous version stays in use.',
        lv: expect.stringContaining('Iepriekšējā versija paliek spēkā'),
      },
    });
    expect(await getSubscription(db, URL_)).toMatchObject({
      failures: 1,
      lastSuccessAt: lastSuccess,
      nextAttemptAt: clock + FIRST_RETRY_MS,
    });

    server.status = 200;
    server.down = true;
    clock += 2 * MINUTE_MS;
    expect((await refreshSubscription(deps(), URL_)).error?.en).toContain(
      'Could not reach packs.example.lv',
    );
    expect(await getSubscription(db, URL_)).toMatchObject({
      failures: 2,
      nextAttemptAt: clock + 2 * FIRST_RETRY_MS,
    });

    server.down = false;
    server.hang = true;
    expect((await refreshSubscription(deps({ timeoutMs: 30 }), URL_)).error?.en).toContain(
      'did not answer within',
    );
    expect((await getSubscription(db, URL_))?.failures).toBe(3);
    expect((await getPack(db, 'team.sales'))?.version).toBe('1.0.0');

    // The next success clears the error and the backoff.
    server.hang = false;
    expect((await refreshSubscription(deps(), URL_)).status).toBe('not-modified');
    const sub = await getSubscription(db, URL_);
    expect(sub?.lastError).toBeUndefined();
    expect(sub?.failures).toBe(0);
  });

  it('an invalid or non-JSON pack changes nothing and says why', async () => {
    await refreshSubscription(deps(), URL_);
    const before = await getPack(db, 'team.sales');
    server.body = json({ ...teamPack('2.0.0', ['zilonis']), rules: [{ id: 'Bad Id' }] });
    const invalid = await refreshSubscription(deps(), URL_);
    expect(invalid.status).toBe('failed');
    expect(invalid.error?.en).toMatch(/^The pack is not valid — rules\[0\]/);
    server.body = '<html>oops</html>';
    expect((await refreshSubscription(deps(), URL_)).error?.en).toContain('not JSON');
    expect(await getPack(db, 'team.sales')).toEqual(before);
  });

  it('refuses an older version unless the subscription pins exactly that version', async () => {
    server.body = json(teamPack('2.0.0', ['zilonis']));
    await refreshSubscription(deps(), URL_);
    server.body = json(teamPack('1.5.0', ['zilonis', 'žirafe']));
    const refused = await refreshSubscription(deps(), URL_);
    expect(refused.error?.en).toContain('The server has version 1.5.0, but the newer 2.0.0');
    expect((await getPack(db, 'team.sales'))?.version).toBe('2.0.0');

    // The same subscription pinned to the older version installs it.
    const pinnedUrl = URL_;
    await updateSubscription(db, pinnedUrl, { pinnedVersion: '1.5.0' });
    expect(await refreshSubscription(deps(), pinnedUrl)).toMatchObject({
      status: 'updated',
      version: '1.5.0',
    });
    expect((await getSubscription(db, pinnedUrl))?.lastChange).toMatchObject({
      direction: 'downgrade',
    });
    // A pinned subscription ignores other versions without calling it a failure.
    server.body = json(teamPack('3.0.0', ['zilonis']));
    expect(await refreshSubscription(deps(), pinnedUrl)).toMatchObject({
      status: 'skipped',
      notice: { en: expect.stringContaining('pinned to version 1.5.0') },
    });
    expect((await getPack(db, 'team.sales'))?.version).toBe('1.5.0');
  });

  it('hands the downloaded text to the injected validator (a worker in the extension)', async () => {
    const seen: unknown[] = [];
    const validate = async (input: unknown) => {
      seen.push(input);
      return validatePack(input);
    };
    expect(await refreshSubscription(deps({ validate }), URL_)).toMatchObject({
      status: 'updated',
    });
    expect(seen).toEqual([server.body]);
  });

  it('refuses a download nested too deeply before parsing it, and accepts a byte order mark', async () => {
    server.body = '['.repeat(100_000) + ']'.repeat(100_000);
    const deep = await refreshSubscription(deps(), URL_);
    expect(deep.error?.en).toContain('nested too deeply');
    server.body = `\uFEFF${json(teamPack('1.0.0', ['zilonis']))}`;
    expect(await refreshSubscription(deps(), URL_)).toMatchObject({ status: 'updated' });
  });

  it('another URL serving the same pack id is refused, naming both; policy may replace it', async () => {
    await refreshSubscription(deps(), URL_);
    const other = 'https://other.example.lv/team.json';
    await addSubscription(db, other, clock);
    server.body = json({ ...teamPack('9.0.0', ['zilonis']), name: 'Hijack' });
    const before = JSON.stringify((await dumpDatabase(db)).packs);
    const refused = await refreshSubscription(deps(), other);
    expect(refused.status).toBe('failed');
    expect(refused.error?.en).toContain(`installed from ${URL_}`);
    expect(refused.error?.en).toContain(`cannot be replaced from ${other}`);
    expect(refused.error?.lv).toContain(`no ${other}`);
    expect(JSON.stringify((await dumpDatabase(db)).packs)).toBe(before);
    // The team's own URL keeps working.
    server.body = json(teamPack('1.1.0', ['zilonis']));
    expect(await refreshSubscription(deps(), URL_)).toMatchObject({ status: 'updated' });
    // A managed (policy) subscription is the company's word and may replace it.
    const managed = 'https://policy.example.lv/team.json';
    await addSubscription(db, managed, clock, { managed: true });
    server.body = json(teamPack('2.0.0', ['zilonis']));
    expect(await refreshSubscription(deps(), managed)).toMatchObject({ status: 'updated' });
  });

  it('with a pinned key installs only packs it signed; unsigned and tampered ones change nothing', async () => {
    const pair = (await crypto.subtle.generateKey({ name: 'Ed25519' }, true, [
      'sign',
      'verify',
    ])) as CryptoKeyPair;
    const raw = new Uint8Array(await crypto.subtle.exportKey('raw', pair.publicKey));
    keys = [bytesToBase64(raw)];

    const unsigned = await refreshSubscription(deps(), URL_);
    expect(unsigned).toMatchObject({
      status: 'failed',
      error: { en: expect.stringContaining('not signed') },
    });
    expect(await getPack(db, 'team.sales')).toBeUndefined();

    const signed = await signPackDocument(
      JSON.parse(json(teamPack('1.0.0', ['zilonis']))) as Record<string, unknown>,
      pair.privateKey,
      raw,
    );
    server.body = json(signed);
    expect((await refreshSubscription(deps(), URL_)).status).toBe('updated');
    expect(readPack((await getPack(db, 'team.sales'))!)?.signature?.algorithm).toBe('ed25519');

    server.body = json({ ...signed, version: '1.0.1' });
    const tampered = await refreshSubscription(deps(), URL_);
    expect(tampered.error?.en).toContain('does not match its content');
    expect((await getPack(db, 'team.sales'))?.version).toBe('1.0.0');
  });

  it('refuses a URL that starts serving a different pack, and insecure URLs', async () => {
    await refreshSubscription(deps(), URL_);
    server.body = json({ ...teamPack('9.0.0', ['x']), id: 'other.pack' });
    expect((await refreshSubscription(deps(), URL_)).error?.en).toContain(
      'now serves "other.pack"',
    );
    await addSubscription(db, 'http://packs.example.lv/p.json', clock);
    expect(
      (await refreshSubscription(deps(), 'http://packs.example.lv/p.json')).error?.en,
    ).toContain('use https://');
  });

  it('backs off exponentially up to eight periods (at most a day)', () => {
    const hour = 60 * MINUTE_MS;
    expect([1, 2, 3, 4, 5].map((n) => retryDelay(n, hour) / MINUTE_MS)).toEqual([1, 2, 4, 8, 16]);
    expect(retryDelay(20, hour)).toBe(8 * hour);
    expect(retryDelay(40, 24 * hour)).toBe(24 * hour);
  });
});
