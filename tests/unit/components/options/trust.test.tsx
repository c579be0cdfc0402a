// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { createDistributionHandlers } from '../../../../lib/background/distribution/distribution-handlers';
import { createPolicyService } from '../../../../lib/background/distribution/policy-service';
import { probeSubscription } from '../../../../lib/background/distribution/probe';
import {
  createSubscriptionService,
  type SubscriptionService,
} from '../../../../lib/background/distribution/subscription-service';
import { signPackDocument } from '../../../../lib/core/packs/signature';
import {
  formatSubscriptionLink,
  keyFingerprint,
} from '../../../../lib/core/packs/subscription-link';
import type { LaipniDb } from '../../../../lib/data/database';
import { getDistributionSettings } from '../../../../lib/data/distribution-settings';
import { getPack } from '../../../../lib/data/packs';
import { getSubscription } from '../../../../lib/data/subscriptions';
import { PacksSection } from '../../../../components/options/sections/packs/PacksSection';
import {
  DistributionClientProvider,
  type DistributionClient,
} from '../../../../components/options/data/distribution-client';
import { fakeServer, teamPack, type FakeServer } from '../../background/distribution/fixtures';
import { freshDb } from '../../data/helpers';
import { renderWithDb, withSmallBuiltin } from './render';
import { signingKey } from '../../../fixtures/signing-key';

/**
 * The options page's trust flow against the background's real handlers and refresh service
 * (fake network, fake-indexeddb): a subscription link pins its key in one confirmation, a bare
 * URL to a signed pack asks to pin (trust on first use), a pack signed with another key is
 * refused naming both fingerprints and the installed version stays.
 */

const URL_ = 'https://packs.example.lv/team.json';
let db: LaipniDb;
let service: SubscriptionService;
let server: FakeServer;

afterEach(() => {
  cleanup();
  service?.stop();
  db?.close();
});

const keyPair = signingKey;

type Pair = Awaited<ReturnType<typeof keyPair>>;

async function signed(version: string, phrases: string[], key: Pair): Promise<string> {
  const doc = JSON.parse(JSON.stringify(teamPack(version, phrases))) as Record<string, unknown>;
  return JSON.stringify(await signPackDocument(doc, key.privateKey, key.raw));
}

async function setup(body: string): Promise<void> {
  db = freshDb();
  await withSmallBuiltin(db);
  server = fakeServer(body);
  const policy = createPolicyService({
    db,
    rules: { setPolicy: () => {} },
    source: { read: async () => ({ raw: null, source: 'none' }), onChange: () => () => {} },
  });
  service = createSubscriptionService(
    {
      db,
      fetch: server.fetch,
      now: Date.now,
      pinnedKeys: async (sub) => [
        ...(await getDistributionSettings(db)).pinnedKeys,
        ...(sub.pinnedKeys ?? []),
      ],
      refreshMinutes: async () => 60,
      random: () => 0.5,
    },
    { schedule: () => {}, onAlarm: () => () => {} },
    policy.ready,
  );
  const handlers = createDistributionHandlers(db, service, policy, (url) =>
    probeSubscription(server.fetch, url),
  );
  const client: DistributionClient = {
    probe: (url) => Promise.resolve(handlers['data:probe-subscription']({ url }, {} as never)),
    subscribe: (request) => Promise.resolve(handlers['data:subscribe'](request, {} as never)),
    refresh: async (url) =>
      (await handlers['data:refresh-subscription']({ url }, {} as never)).outcomes[0] ?? null,
  };
  renderWithDb(
    <DistributionClientProvider client={client}>
      <PacksSection />
    </DistributionClientProvider>,
    db,
    'en',
  );
  await screen.findByTestId('pack-laipni-handbook');
}

function paste(text: string): void {
  fireEvent.input(screen.getByTestId('subscribe-url'), { target: { value: text } });
  fireEvent.click(screen.getByTestId('subscribe-submit'));
}

function item(): HTMLElement {
  const found = screen
    .getByTestId('subscriptions')
    .querySelector<HTMLElement>(`li[data-url="${URL_}"]`);
  if (!found) throw new Error('no subscription item');
  return found;
}

describe('trust in one step (options page)', () => {
  it('a subscription link shows team, URL and fingerprint, and subscribes with the key pinned; another key is refused naming both', async () => {
    const lead = await keyPair();
    await setup(await signed('1.0.0', ['zilonis'], lead));
    const link = formatSubscriptionLink({
      url: URL_,
      publicKey: lead.publicKey,
      name: 'Rīgas komanda',
    });
    if (!link.ok) throw new Error('link');
    paste(link.link);

    const confirm = await screen.findByTestId('subscribe-confirm');
    const fingerprint = (await keyFingerprint(lead.publicKey)) as string;
    expect(within(confirm).getByTestId('confirm-team').textContent).toBe('Rīgas komanda');
    expect(within(confirm).getByTestId('confirm-url').textContent).toBe(URL_);
    await waitFor(() =>
      expect(within(confirm).getByTestId('fingerprint').textContent).toBe(fingerprint),
    );
    // Nothing is stored before the agent confirms.
    expect(await getSubscription(db, URL_)).toBeUndefined();
    expect(server.requests).toHaveLength(0);

    fireEvent.click(within(confirm).getByTestId('confirm-subscribe'));
    expect((await screen.findByTestId('subscribe-result')).textContent).toContain(
      'pack 1.0.0 installed, signature checked',
    );
    expect(await getSubscription(db, URL_)).toMatchObject({
      pinnedKeys: [lead.publicKey],
      teamName: 'Rīgas komanda',
      signature: 'verified',
      version: '1.0.0',
    });
    await waitFor(() =>
      expect(within(item()).getByTestId('pinned-key').textContent).toContain(fingerprint),
    );
    expect(within(item()).getByTestId('team-name').textContent).toBe('Rīgas komanda');
    await waitFor(() =>
      expect(
        within(screen.getByTestId('pack-team.sales')).getByTestId('pack-signature').dataset
          .signature,
      ).toBe('verified'),
    );

    // The pack is later signed with another key: "refresh now" refuses it, names both keys, and
    // the installed version stays.
    const stranger = await keyPair();
    server.body = await signed('1.1.0', ['zilonis', 'žirafe'], stranger);
    fireEvent.click(within(item()).getByTestId('refresh-now'));
    const outcome = await within(item()).findByTestId('refresh-outcome');
    expect(outcome.dataset.status).toBe('failed');
    expect(outcome.textContent).toContain(fingerprint);
    expect(outcome.textContent).toContain((await keyFingerprint(stranger.publicKey)) as string);
    expect(outcome.textContent).toContain('The previous version stays in use');
    expect((await getPack(db, 'team.sales'))?.version).toBe('1.0.0');

    // The lead rotated keys: the agent adds the new key, and "refresh now" installs 1.1.0.
    fireEvent.input(within(item()).getByTestId('add-key-input'), {
      target: { value: stranger.publicKey },
    });
    fireEvent.click(within(item()).getByTestId('add-key'));
    await waitFor(() => expect(within(item()).getAllByTestId('pinned-key')).toHaveLength(2));
    fireEvent.click(within(item()).getByTestId('refresh-now'));
    await waitFor(() =>
      expect(within(item()).getByTestId('refresh-outcome').textContent).toContain(
        'Installed version 1.1.0',
      ),
    );
    // Removing the first key leaves only the new one.
    fireEvent.click(within(item()).getAllByTestId('remove-key')[0] as HTMLElement);
    await waitFor(async () =>
      expect((await getSubscription(db, URL_))?.pinnedKeys).toEqual([stranger.publicKey]),
    );
  });

  it('a bad link is refused in words and stores nothing', async () => {
    await setup(JSON.stringify(teamPack('1.0.0', ['zilonis'])));
    paste(
      'https://laipni.invalid/subscribe#v=1&url=https://packs.example.lv/a.json&key=abc&name=X',
    );
    expect((await screen.findByTestId('subscribe-error')).textContent).toContain(
      'The public key must be a 32-byte Ed25519 key',
    );
    expect(await getSubscription(db, 'https://packs.example.lv/a.json')).toBeUndefined();
  });

  it('a bare URL to a signed pack asks to pin its key (trust on first use); a tampered update is refused', async () => {
    const lead = await keyPair();
    await setup(await signed('1.0.0', ['zilonis'], lead));
    paste(URL_);
    const confirm = await screen.findByTestId('subscribe-confirm');
    const fingerprint = (await keyFingerprint(lead.publicKey)) as string;
    await waitFor(() =>
      expect(within(confirm).getByTestId('fingerprint').textContent).toBe(fingerprint),
    );
    expect(within(confirm).getByTestId('confirm-pack').textContent).toContain(
      'Pārdošanas komanda 1.0.0',
    );
    expect(await getSubscription(db, URL_)).toBeUndefined();
    fireEvent.click(within(confirm).getByTestId('confirm-subscribe'));
    await screen.findByTestId('subscribe-result');
    expect(await getSubscription(db, URL_)).toMatchObject({
      pinnedKeys: [lead.publicKey],
      signature: 'verified',
    });

    // Changed after signing: refused, 1.0.0 stays.
    const good = JSON.parse(await signed('1.1.0', ['zilonis'], lead)) as Record<string, unknown>;
    server.body = JSON.stringify({ ...good, name: 'Cits nosaukums' });
    fireEvent.click(within(item()).getByTestId('refresh-now'));
    await waitFor(() =>
      expect(within(item()).getByTestId('refresh-outcome').textContent).toContain(
        'does not match its content',
      ),
    );
    expect((await getPack(db, 'team.sales'))?.version).toBe('1.0.0');
  });

  it('a pack whose signature does not match is not subscribed to at all', async () => {
    const lead = await keyPair();
    const good = JSON.parse(await signed('1.0.0', ['zilonis'], lead)) as Record<string, unknown>;
    await setup(JSON.stringify({ ...good, version: '1.0.1' }));
    paste(URL_);
    expect((await screen.findByTestId('subscribe-error')).textContent).toContain(
      'does not match its content',
    );
    expect(await getSubscription(db, URL_)).toBeUndefined();
  });

  it('an unsigned pack is subscribed at once and marked as not signed', async () => {
    await setup(JSON.stringify(teamPack('1.0.0', ['zilonis'])));
    paste(URL_);
    expect((await screen.findByTestId('subscribe-result')).textContent).toContain(
      'The pack is not signed',
    );
    await waitFor(() =>
      expect(
        within(screen.getByTestId('pack-team.sales')).getByTestId('pack-signature').textContent,
      ).toBe('Not signed'),
    );
    await waitFor(() =>
      expect(within(item()).getByTestId('subscription-signature').dataset.signature).toBe(
        'unsigned',
      ),
    );
  });

  it('the refresh period is 15 min – 24 h and is stored', async () => {
    await setup(JSON.stringify(teamPack('1.0.0', ['zilonis'])));
    const select = (await screen.findByTestId('refresh-period')) as HTMLSelectElement;
    const values = [...select.options].map((o) => Number(o.value));
    expect(Math.min(...values)).toBe(15);
    expect(Math.max(...values)).toBe(1440);
    fireEvent.change(select, { target: { value: '240' } });
    await waitFor(async () => expect((await getDistributionSettings(db)).refreshMinutes).toBe(240));
  });
});
