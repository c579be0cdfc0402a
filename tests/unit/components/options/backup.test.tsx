// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { createBackup, serializeBackup } from '../../../../lib/data/backup/create';
import type { LaipniDb } from '../../../../lib/data/database';
import { dumpDatabase } from '../../../../lib/data/dump';
import { putPersonalRule } from '../../../../lib/data/personal';
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
});
