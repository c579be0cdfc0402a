import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isCalendarDay } from '../../lib/core/report/activity-schema';
import { parseCommandArgs, type ParsedArgs } from '../args';
import { EXIT_OK, EXIT_USAGE, UsageError, type Command } from '../command';
import type { Io } from '../io';
import { aggregate, type AggregateOptions } from '../report/aggregate';
import { renderCsv } from '../report/csv';
import { openDb, type Db } from '../report/duckdb';
import { renderHtml } from '../report/html';
import { LABELS, type ReportLang } from '../report/labels';
import { loadActivities } from '../report/load';
import { resolveSources } from '../report/sources';

const USAGE = `Usage: laipni report [options] SOURCE...

Adds up the agents' daily activity exports (laipni-activity/1: counts only, never anyone's text)
into one self-contained HTML report: the rules flagged most and accepted least, checklist and
script-step adherence over time, calls per day and their length, per team and per agent.

SOURCE is an activity file, a folder (every .json file below it), a quoted glob pattern, or the
https:// URL of a listing: a JSON array of file URLs, or a web server's directory index (its
.json links are fetched, sub-folders followed).

Options:
  --out FILE       the HTML report (default: laipni-report.html)
  --csv FILE       also write the aggregated rows as CSV
  --team T         only team T
  --from D         only days from D on (YYYY-MM-DD)
  --to D           only days up to D
  --by day|week    per day or per ISO week (default: per day for up to 31 days, else weeks)
  --title TEXT     the report's heading
  --lang L         en (default) or lv
  --threads N      threads for reading files and for DuckDB (default: all cores)
  --quiet          no line per skipped file (their number is still printed)
  --help           show this help

A file that is not a valid activity export is skipped with one line saying why; an older copy
of an agent's day (same agent and day, earlier generatedAt) is skipped too.

Exit status: 0 report written, 2 nothing valid to report, a usage error or a failure (one line).
`;

const SPEC = {
  out: { value: true },
  csv: { value: true },
  team: { value: true },
  from: { value: true },
  to: { value: true },
  by: { value: true },
  title: { value: true },
  lang: { value: true },
  threads: { value: true },
  quiet: {},
  help: {},
} as const;

interface Settings extends Omit<AggregateOptions, 'unreachable' | 'now'> {
  out: string;
  csv?: string;
  lang: ReportLang;
  threads?: number;
  quiet: boolean;
}

function settingsOf(args: ParsedArgs): Settings {
  const one = (name: string) => args.options.get(name)?.[0];
  const lang = one('lang') ?? 'en';
  if (lang !== 'en' && lang !== 'lv')
    throw new UsageError(`--lang must be en or lv (got "${lang}")`);
  for (const name of ['from', 'to']) {
    const day = one(name);
    if (day !== undefined && !isCalendarDay(day))
      throw new UsageError(`--${name} must be a date as YYYY-MM-DD (got "${day}")`);
  }
  const by = one('by') ?? 'auto';
  if (by !== 'day' && by !== 'week' && by !== 'auto')
    throw new UsageError(`--by must be day or week (got "${by}")`);
  const threads = one('threads');
  if (threads !== undefined && !/^(?:[1-9]|[1-5]\d|6[0-4])$/.test(threads))
    throw new UsageError(`--threads must be a number from 1 to 64 (got "${threads}")`);
  const title = one('title') ?? LABELS[lang].title;
  if (title.length > 200) throw new UsageError('--title is longer than 200 characters');
  return {
    out: one('out') ?? 'laipni-report.html',
    csv: one('csv'),
    team: one('team'),
    from: one('from'),
    to: one('to'),
    by,
    title,
    lang,
    threads: threads === undefined ? undefined : Number(threads),
    quiet: args.flags.has('quiet'),
  };
}

/**
 * The bundled command line ships its file checker as a worker beside it; run from the sources
 * (tests), the files are checked inline.
 */
function checkerUrl(): URL | undefined {
  const url = new URL('./report-worker.mjs', import.meta.url);
  return url.protocol === 'file:' && existsSync(fileURLToPath(url)) ? url : undefined;
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
}

async function write(io: Io, file: string, text: string): Promise<string> {
  if (!io.writeFile) throw new UsageError('cannot write files here');
  await io.writeFile(file, text);
  const kb = Math.ceil(Buffer.byteLength(text) / 1024);
  return `${file} (${kb} KB)`;
}

async function report(sources: readonly string[], s: Settings, io: Io, tempDir: string) {
  const warn = (line: string) => {
    if (!s.quiet) io.err(`laipni report: ${line}\n`);
  };
  const found = await resolveSources(sources, tempDir, warn);
  if (found.files.length === 0 && found.patterns.length === 0) {
    io.err('laipni report: no activity files found\n');
    return EXIT_USAGE;
  }
  let db: Db | null = null;
  try {
    db = await openDb({ tempDir, threads: s.threads });
    const url = checkerUrl();
    const loaded = await loadActivities(db, found, {
      tempDir,
      workers: url && { url, count: s.threads ?? availableParallelism() },
    });
    for (const r of loaded.refused) warn(`skipped ${found.display(r.file)}: ${r.reason}`);
    for (const d of loaded.duplicates)
      warn(
        `skipped ${found.display(d.file)}: an older copy of the same agent's day (kept ${found.display(d.kept)})`,
      );
    if (loaded.valid === 0) {
      io.err(
        loaded.files === 0
          ? 'laipni report: no activity files found\n'
          : `laipni report: none of the ${loaded.files} files is a valid activity export\n`,
      );
      return EXIT_USAGE;
    }
    const data = await aggregate(db, loaded, {
      ...s,
      unreachable: found.failedDownloads,
      now: new Date(),
    });
    const written = [`Report: ${await write(io, s.out, renderHtml(data, s.lang))}`];
    if (s.csv !== undefined) written.push(`CSV:    ${await write(io, s.csv, renderCsv(data))}`);
    const m = data.summary;
    const range = m.firstDay ? `, ${m.firstDay} – ${m.lastDay}` : '';
    io.out(
      [
        LABELS.en.filesLine(m),
        `${LABELS.en.scopeLine(m).replace(/\.$/, '')}${range}, ${data.by === 'day' ? 'per day' : 'per ISO week'}.`,
        ...written,
        '',
      ].join('\n'),
    );
    return EXIT_OK;
  } finally {
    db?.close();
  }
}

async function run(argv: string[], io: Io): Promise<number> {
  const args = parseCommandArgs(argv, SPEC, USAGE, io);
  if (!args) return EXIT_OK;
  const settings = settingsOf(args);
  if (args.positionals.length === 0)
    throw new UsageError('give activity files, folders or a listing URL');
  const tempDir = await mkdtemp(join(tmpdir(), 'laipni-report-'));
  try {
    return await report(args.positionals, settings, io, tempDir);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    io.err(`laipni report: ${firstLine(error)}\n`);
    return EXIT_USAGE;
  } finally {
    await rm(tempDir, { recursive: true, force: true });
  }
}

export const reportCommand: Command = {
  name: 'report',
  summary: "add up agents' activity exports into one HTML team report (and CSV)",
  usage: USAGE,
  run,
};
