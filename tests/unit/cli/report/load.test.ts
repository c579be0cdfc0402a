import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { parseActivity } from '../../../../lib/core/report/activity';
import type { Db } from '../../../../cli/report/duckdb';
import { generateActivity, seeded } from '../../../fixtures/activity';
import { buildReportWorker } from '../../../fixtures/report-worker';
import { load, team, tempFolder, writeActivities } from './helpers';
import { mutate } from './mutations';

// DuckDB starts and reads files in each test: on a busy 2-core machine one test can take
// several seconds, so the ceiling is wider than the default 5 s (no test is timed).
vi.setConfig({ testTimeout: 30_000 });

describe('report loader', () => {
  it('keeps every valid file and reads its numbers', async () => {
    const dir = tempFolder();
    const docs = team(3, 4);
    writeActivities(dir, docs);
    const { db, loaded } = await load([join(dir, '**', '*.json')], dir);
    expect(loaded).toMatchObject({ files: 12, valid: 12, refused: [], duplicates: [] });
    const [sum] = await db.rows('SELECT sum(flagged) AS f FROM t_rules JOIN kept USING (fid)');
    const expected = docs.flatMap((d) => d.rules).reduce((n, r) => n + r.flagged, 0);
    expect(sum?.f).toBe(expected);
    db.close();
  });

  it('refuses exactly the files parseActivity refuses (400 random mutations)', async () => {
    const dir = tempFolder();
    const random = seeded(2024);
    const texts = new Map<string, string>();
    for (let i = 0; i < 400; i++) {
      const file = join(dir, `m-${String(i).padStart(3, '0')}.json`);
      const text = mutate(random, i);
      writeFileSync(file, text);
      texts.set(file, text);
    }
    const { db, loaded } = await load([join(dir, '*.json')], dir);
    const refused = new Set(loaded.refused.map((r) => r.file));
    const disagreements: string[] = [];
    let invalid = 0;
    for (const [file, text] of texts) {
      const valid = parseActivity(text).ok;
      if (!valid) invalid++;
      if (valid === refused.has(file)) disagreements.push(`${file}: ${text.slice(0, 300)}`);
    }
    expect(disagreements).toEqual([]);
    expect(invalid).toBeGreaterThan(150); // the mutations do break most files
    expect(invalid).toBeLessThan(400);
    db.close();
  });

  it('reads a key repeated in an object as parseActivity does: the last one counts', async () => {
    const dir = tempFolder();
    const doc = generateActivity({ agentId: 'a', day: '2026-03-02', random: seeded(3) });
    const text = JSON.stringify(doc).replace('"rules":[{', '"rules":[{"flagged":999,');
    expect(parseActivity(text).ok).toBe(true);
    writeFileSync(join(dir, 'dup-key.json'), text);
    const { db, loaded } = await load([join(dir, '*.json')], dir);
    expect(loaded).toMatchObject({ valid: 1, refused: [] });
    const [sum] = await db.rows('SELECT sum(flagged) AS f FROM t_rules');
    expect(sum?.f).toBe(doc.rules.reduce((n, r) => n + r.flagged, 0));
    db.close();
  });

  it('gives the same verdicts and rows with worker threads as inline', async () => {
    const dir = tempFolder();
    const docs = team(4, 5);
    writeActivities(dir, docs);
    const random = seeded(77);
    for (let i = 0; i < 40; i++) writeFileSync(join(dir, `m-${i}.json`), mutate(random, i));
    const url = await buildReportWorker(tempFolder());
    const pattern = [join(dir, '**', '*.json')];
    const summary = async (db: Db) =>
      db.rows(`SELECT (SELECT count(*) FROM kept) AS kept,
        (SELECT sum(flagged) FROM t_rules JOIN kept USING (fid)) AS flagged,
        (SELECT sum(done) FROM t_checklist JOIN kept USING (fid)) AS done,
        (SELECT sum(reached) FROM t_scripts JOIN kept USING (fid)) AS reached,
        (SELECT sum(n) FROM t_outcomes JOIN kept USING (fid)) AS outcomes`);
    const inline = await load(pattern, dir);
    const threaded = await load(pattern, dir, { url, count: 3, filesPerWorker: 10 });
    expect(inline.loaded.checkers).toBe(1);
    expect(threaded.loaded.checkers).toBe(3);
    expect({ ...threaded.loaded, checkers: 0 }).toEqual({ ...inline.loaded, checkers: 0 });
    expect(inline.loaded.refused.length).toBeGreaterThan(10);
    expect(await summary(threaded.db)).toEqual(await summary(inline.db));
    inline.db.close();
    threaded.db.close();
  });

  it('refuses files that are not text, too large or not JSON, without stopping', async () => {
    const dir = tempFolder();
    writeFileSync(join(dir, 'binary.json'), Buffer.from([0xff, 0xfe, 0x00, 0x7b]));
    writeFileSync(join(dir, 'empty.json'), '');
    writeFileSync(join(dir, 'huge.json'), ' '.repeat(8 * 1024 * 1024 + 1));
    writeActivities(dir, team(1, 1));
    const { db, loaded } = await load([join(dir, '**', '*.json')], dir);
    expect(loaded.valid).toBe(1);
    expect(
      Object.fromEntries(loaded.refused.map((r) => [r.file.split('/').pop(), r.reason])),
    ).toEqual({
      'binary.json': 'not UTF-8 text',
      'empty.json': 'Not JSON: Unexpected end of JSON input',
      'huge.json': 'larger than 8 MB',
    });
    db.close();
  });

  it('keeps file names with commas, quotes and line breaks intact in its rows', async () => {
    const dir = tempFolder();
    const [a, b] = team(2, 1);
    writeFileSync(join(dir, 'a,b "c".json'), JSON.stringify(a));
    writeFileSync(join(dir, 'line\nbreak.json'), JSON.stringify(b));
    writeFileSync(join(dir, 'bad\n"x",.json'), '{');
    const { db, loaded } = await load([join(dir, '*.json')], dir);
    expect(loaded).toMatchObject({ files: 3, valid: 2 });
    expect(loaded.refused.map((r) => r.file)).toEqual([join(dir, 'bad\n"x",.json')]);
    const names = await db.rows('SELECT filename FROM files JOIN kept USING (fid) ORDER BY 1');
    expect(names.map((r) => r.filename)).toEqual([
      join(dir, 'a,b "c".json'),
      join(dir, 'line\nbreak.json'),
    ]);
    db.close();
  });

  it('counts an agent’s day once: the newest copy wins', async () => {
    const dir = tempFolder();
    const [doc] = team(1, 1);
    if (!doc) throw new Error('no doc');
    writeFileSync(
      join(dir, 'a.json'),
      JSON.stringify({ ...doc, generatedAt: '2026-03-02T18:00:00.000Z' }),
    );
    writeFileSync(
      join(dir, 'b.json'),
      JSON.stringify({ ...doc, generatedAt: '2026-03-02T19:00:00.000Z' }),
    );
    const { db, loaded } = await load([join(dir, '*.json')], dir);
    expect(loaded.duplicates).toEqual([{ file: join(dir, 'a.json'), kept: join(dir, 'b.json') }]);
    db.close();
  });
});
