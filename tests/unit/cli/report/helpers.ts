import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { onTestFinished } from 'vitest';
import { openDb, type Db } from '../../../../cli/report/duckdb';
import { loadActivities, type LoadOptions, type LoadResult } from '../../../../cli/report/load';
import type { ActivityExport } from '../../../../lib/core/model/activity';
import { dayAfter, generateActivity, seeded } from '../../../fixtures/activity';

/** A temporary folder, removed when the test that asked for it ends. */
export function tempFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'laipni-report-test-'));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** Writes each export as `<agentId>/<day>.json` under `dir`. */
export function writeActivities(dir: string, docs: readonly ActivityExport[]): void {
  for (const doc of docs) {
    mkdirSync(join(dir, doc.agentId), { recursive: true });
    writeFileSync(join(dir, doc.agentId, `${doc.day}.json`), JSON.stringify(doc));
  }
}

/** `agents` agents (every second in team "north", every third in "south") over `days` days. */
export function team(
  agents: number,
  days: number,
  first = '2026-03-02',
  seed = 1,
): ActivityExport[] {
  const random = seeded(seed);
  const out: ActivityExport[] = [];
  for (let a = 0; a < agents; a++)
    for (let d = 0; d < days; d++)
      out.push(
        generateActivity({
          agentId: `agent-${a}`,
          team: a % 2 === 1 ? 'north' : a % 3 === 0 ? 'south' : undefined,
          day: dayAfter(first, d),
          random,
        }),
      );
  return out;
}

export async function load(
  patterns: string[],
  tempDir: string,
  workers?: LoadOptions['workers'],
): Promise<{ db: Db; loaded: LoadResult }> {
  const db = await openDb({ tempDir, threads: 2 });
  const loaded = await loadActivities(
    db,
    { files: [], patterns },
    { tempDir: tempFolder(), workers },
  );
  return { db, loaded };
}
