// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { LaipniDb } from '../../../../lib/data/database';
import { dumpDatabase } from '../../../../lib/data/dump';
import { importPack } from '../../../../lib/data/pack-import';
import { PacksSection } from '../../../../components/options/sections/packs/PacksSection';
import { addSubscription, listSubscriptions } from '../../../../lib/data/subscriptions';
import {
  DistributionClientProvider,
  type DistributionClient,
} from '../../../../components/options/data/distribution-client';
import { samplePack } from '../../../fixtures/sample-pack';
import { freshDb } from '../../data/helpers';
import { renderWithDb, withSmallBuiltin } from './render';

let db: LaipniDb;
afterEach(() => {
  cleanup();
  db?.close();
});

async function setup(): Promise<void> {
  db = freshDb();
  await withSmallBuiltin(db);
  expect((await importPack(db, samplePack(), { origin: 'acme.json' })).ok).toBe(true);
  renderWithDb(<PacksSection />, db);
  await screen.findByTestId('pack-acme.sales');
}

function chooseFile(name: string, text: string): void {
  const input = screen.getByTestId('pack-file') as HTMLInputElement;
  const file = new File([text], name, { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
}

describe('packs section', () => {
  it('lists packs with name, version, source, update time and status', async () => {
    await setup();
    const row = screen.getByTestId('pack-acme.sales');
    expect(row.textContent).toContain('ACME pārdošana');
    expect(row.textContent).toContain('1.2.0');
    expect(row.textContent).toContain('Fails');
    expect(row.textContent).toContain('acme.json');
    expect(row.textContent).toContain('Aktīva');
    const builtin = screen.getByTestId('pack-laipni-handbook');
    expect(builtin.textContent).toContain('Iebūvēta');
    // The built-in pack cannot be removed, only exported.
    expect(within(builtin).queryByTestId('remove-pack')).toBeNull();
  });

  it('shows a broken pack’s errors by rule and field and changes nothing', async () => {
    await setup();
    const before = await dumpDatabase(db);
    const broken = samplePack();
    broken.version = '2.0.0';
    const rules = broken.rules as unknown as Array<Record<string, unknown>>;
    (rules[1] as { match: unknown }).match = { kind: 'regex', pattern: '.*' };
    (rules[2] as Record<string, unknown>).severity = 'loud';
    chooseFile('broken.json', JSON.stringify(broken));
    const problems = await screen.findByTestId('problems');
    expect(problems.textContent).toContain('Noteikums «nevaram» (rules[1])');
    expect(problems.textContent).toContain('Noteikums «ne» (rules[2])');
    expect(problems.querySelector('[data-path^="rules[1].match"]')).not.toBeNull();
    expect(problems.querySelector('[data-path="rules[2].severity"]')).not.toBeNull();
    expect(screen.getByTestId('import-failure').textContent).toContain('broken.json');
    expect(await dumpDatabase(db)).toEqual(before);
    expect(screen.getByTestId('pack-acme.sales').textContent).toContain('1.2.0');
  });

  it('reports a file that is not JSON', async () => {
    await setup();
    const before = await dumpDatabase(db);
    chooseFile('notes.txt', '{ "format": "laipni-pack/1", ');
    expect((await screen.findByTestId('problems')).textContent).toContain('Fails');
    expect(await dumpDatabase(db)).toEqual(before);
  });

  it('imports a valid pack, and asks before installing an older version', async () => {
    await setup();
    const next = samplePack();
    next.id = 'acme.support';
    next.name = 'ACME atbalsts';
    chooseFile('support.json', JSON.stringify(next));
    expect((await screen.findByTestId('import-success')).textContent).toContain('ACME atbalsts');
    await screen.findByTestId('pack-acme.support');

    const older = samplePack();
    older.version = '1.0.0';
    chooseFile('old.json', JSON.stringify(older));
    fireEvent.click(await screen.findByTestId('confirm-downgrade'));
    await waitFor(() =>
      expect(screen.getByTestId('pack-acme.sales').textContent).toContain('1.0.0'),
    );
  });

  it('changes priority, disables and removes a pack', async () => {
    await setup();
    const row = () => screen.getByTestId('pack-acme.sales');
    const priority = within(row()).getByTestId('pack-priority') as HTMLInputElement;
    fireEvent.input(priority, { target: { value: '42' } });
    fireEvent.change(priority);
    await waitFor(async () => expect((await db.packs.get('acme.sales'))?.priority).toBe(42));
    fireEvent.click(within(row()).getByTestId('toggle-pack'));
    await waitFor(async () => expect((await db.packs.get('acme.sales'))?.status).toBe('disabled'));
    fireEvent.click(within(row()).getByTestId('remove-pack'));
    fireEvent.click(within(row()).getByTestId('confirm-remove-pack'));
    await waitFor(() => expect(screen.queryByTestId('pack-acme.sales')).toBeNull());
    expect(await db.packs.get('acme.sales')).toBeUndefined();
  });

  it('stores a subscription and shows it waiting for the first download', async () => {
    db = freshDb();
    await withSmallBuiltin(db);
    // The background's side, without a network: the pack is unsigned, the download not yet run.
    const client: DistributionClient = {
      probe: async (url) => ({ ok: true, url, signature: { status: 'unsigned' } }),
      subscribe: async ({ url }) => ({
        added: await addSubscription(db, url),
        url,
        outcome: null,
      }),
      refresh: async () => null,
    };
    renderWithDb(
      <DistributionClientProvider client={client}>
        <PacksSection />
      </DistributionClientProvider>,
      db,
    );
    await screen.findByTestId('pack-laipni-handbook');
    fireEvent.input(screen.getByTestId('subscribe-url'), {
      target: { value: 'http://example.com/pack.json' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Abonēt' }));
    expect((await screen.findByRole('alert')).textContent).toContain('https://');
    fireEvent.input(screen.getByTestId('subscribe-url'), {
      target: { value: 'https://packs.example.lv/acme.json' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Abonēt' }));
    const list = await screen.findByTestId('subscriptions');
    expect(list.textContent).toContain('https://packs.example.lv/acme.json');
    expect(list.textContent).toContain('Gaida pirmo lejupielādi');
    expect(await listSubscriptions(db)).toMatchObject([
      { url: 'https://packs.example.lv/acme.json' },
    ]);
  });
});
