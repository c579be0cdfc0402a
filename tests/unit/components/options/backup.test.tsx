// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { createBackup, serializeBackup } from '../../../../lib/data/backup/create';
import type { LaipniDb } from '../../../../lib/data/database';
import { dumpDatabase } from '../../../../lib/data/dump';
import { getInstallationSecret } from '../../../../lib/data/contact-key';
import {
  getDistributionSettings,
  updateDistributionSettings,
} from '../../../../lib/data/distribution-settings';
import { putPersonalRule } from '../../../../lib/data/personal';
import { addSubscription, listSubscriptions } from '../../../../lib/data/subscriptions';
import { BackupSection } from '../../../../components/options/sections/backup/BackupSection';
import { freshDb } from '../../data/helpers';
import { renderWithDb } from './render';

const dbs: LaipniDb[] = [];
afterEach(() => {
  cleanup();
  for (const db of dbs.splice(0)) db.close();
});

function open(): LaipniDb {
  const db = freshDb();
  dbs.push(db);
  return db;
}

function chooseFile(text: string): void {
  const input = screen.getByTestId('backup-file') as HTMLInputElement;
  Object.defineProperty(input, 'files', {
    value: [new File([text], 'backup.json', { type: 'application/json' })],
    configurable: true,
  });
  fireEvent.change(input);
}

describe('backup section', () => {
  it('checks a bad backup first and changes nothing', async () => {
    const db = open();
    await putPersonalRule(db, {
      id: 'mans-nu',
      severity: 'info',
      match: { kind: 'phrase', phrases: ['nu'] },
      reason: { lv: 'x' },
      replacements: [],
    });
    const before = await dumpDatabase(db);
    renderWithDb(<BackupSection />, db);
    chooseFile(JSON.stringify({ format: 'laipni-backup/1', createdAt: 'x', data: { calls: 3 } }));
    await screen.findByTestId('problems');
    expect(screen.queryByTestId('confirm-restore')).toBeNull();
    expect(await dumpDatabase(db)).toEqual(before);
  });

  it('shows what a good backup holds and restores it only after confirmation', async () => {
    const source = open();
    await putPersonalRule(source, {
      id: 'mans-nu',
      severity: 'info',
      match: { kind: 'phrase', phrases: ['nu'] },
      reason: { lv: 'x' },
      replacements: [],
    });
    const text = serializeBackup(await createBackup(source));
    const db = open();
    renderWithDb(<BackupSection />, db);
    chooseFile(text);
    const summary = await screen.findByTestId('backup-summary');
    expect(summary.textContent).toContain('Mani noteikumi1');
    expect(await db.personalRules.count()).toBe(0);
    fireEvent.click(screen.getByTestId('confirm-restore'));
    await screen.findByTestId('restored');
    await waitFor(async () => expect(await db.personalRules.get('mans-nu')).toBeDefined());
  });

  it('shows which subscriptions, trusted keys and secret a restore would change, and restores only once they are acknowledged', async () => {
    const team = 'https://packs.example.lv/team.json';
    const stranger = 'https://packs.attacker.example/evil.json';
    const ownKey = btoa(String.fromCharCode(...new Uint8Array(32).fill(1)));
    const theirKey = btoa(String.fromCharCode(...new Uint8Array(32).fill(2)));
    // The file comes from another browser: another secret, another subscription and key.
    const source = open();
    await getInstallationSecret(source);
    await addSubscription(source, stranger);
    await updateDistributionSettings(source, { pinnedKeys: [theirKey] });
    const text = serializeBackup(await createBackup(source));

    const db = open();
    const secret = await getInstallationSecret(db);
    await addSubscription(db, team);
    await updateDistributionSettings(db, { pinnedKeys: [ownKey] });
    renderWithDb(<BackupSection />, db);
    chooseFile(text);
    expect((await screen.findByTestId('restore-subs-added')).textContent).toContain(stranger);
    expect(screen.getByTestId('restore-subs-removed').textContent).toContain(team);
    // Keys are shown as the fingerprints people compare with their lead.
    expect(screen.getByTestId('restore-keys-added').textContent).toMatch(
      /([0-9A-F]{4} ){7}[0-9A-F]{4}/,
    );
    expect(screen.getByTestId('restore-keys-removed').textContent).not.toContain(ownKey);
    expect(screen.getByTestId('restore-secret')).toBeTruthy();
    expect(screen.getAllByText(/tikpat sensitīva kā zvanu žurnāls/).length).toBeGreaterThan(0);

    const confirm = screen.getByTestId('confirm-restore') as HTMLButtonElement;
    expect(confirm.disabled).toBe(true);
    fireEvent.click(confirm);
    expect((await listSubscriptions(db)).map((s) => s.url)).toEqual([team]);
    expect((await getDistributionSettings(db)).pinnedKeys).toEqual([ownKey]);
    expect(await getInstallationSecret(db)).toBe(secret);

    fireEvent.click(screen.getByTestId('restore-ack'));
    await waitFor(() => expect(confirm.disabled).toBe(false));
    fireEvent.click(confirm);
    await screen.findByTestId('restored');
    expect((await listSubscriptions(db)).map((s) => s.url)).toEqual([stranger]);
    expect((await getDistributionSettings(db)).pinnedKeys).toEqual([theirKey]);
  });

  it('says nothing else changes when the backup is this browser’s own', async () => {
    const db = open();
    await getInstallationSecret(db);
    await addSubscription(db, 'https://packs.example.lv/team.json');
    const text = serializeBackup(await createBackup(db));
    renderWithDb(<BackupSection />, db);
    chooseFile(text);
    await screen.findByTestId('restore-no-other-changes');
    expect(screen.queryByTestId('restore-ack')).toBeNull();
    expect((screen.getByTestId('confirm-restore') as HTMLButtonElement).disabled).toBe(false);
  });
});
