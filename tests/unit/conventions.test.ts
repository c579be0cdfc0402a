import 'fake-indexeddb/auto';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { KINDS } from '../../lib/core/engine/kinds';
import { dataEntries } from '../../lib/data/backup/format';
import { LaipniDb } from '../../lib/data/database';
import { BACKUP_ROW_TABLES, DERIVED_TABLES, TABLE_NAMES, TABLES } from '../../lib/data/tables';

/** Checks the project's own conventions: each thing people add has all its parts. */
describe('conventions', () => {
  it.each(Object.keys(KINDS))('the matcher kind %s has its own test file', (kind) => {
    expect(existsSync(`tests/unit/core/engine/kinds/${kind}.test.ts`)).toBe(true);
  });

  it('every matcher kind is in the published JSON Schema', () => {
    const schema = JSON.parse(readFileSync('scripts-data/pack.schema.json', 'utf8')) as {
      $defs: Record<string, { properties?: { kind?: { const?: string } } }>;
    };
    const published = Object.values(schema.$defs).flatMap((def) =>
      def.properties?.kind?.const ? [def.properties.kind.const] : [],
    );
    expect(published.sort()).toEqual(Object.keys(KINDS).sort());
  });

  it('every table of the database has a descriptor, and the descriptors make the database', async () => {
    const db = new LaipniDb(`conventions-${Date.now()}`);
    await db.open();
    expect(db.tables.map((t) => t.name).sort()).toEqual([...TABLE_NAMES].sort());
    expect(Object.keys(TABLES)).toEqual(expect.arrayContaining([...TABLE_NAMES]));
    db.close();
  });

  it('every table whose rows a backup holds has a schema in the backup format', () => {
    for (const name of BACKUP_ROW_TABLES) expect(Object.keys(dataEntries)).toContain(name);
  });

  it('every derived table can be rebuilt, and a backup cannot carry it', () => {
    for (const name of DERIVED_TABLES) {
      expect(TABLES[name].rebuild, name).toBeTypeOf('function');
      expect(Object.keys(dataEntries)).not.toContain(name);
    }
  });
});
