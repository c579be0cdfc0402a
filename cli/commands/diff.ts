import { diffPacks } from '../../lib/core/packs/pack-diff';
import { formatPackDiff } from '../../lib/core/packs/pack-diff-text';
import type { Pack } from '../../lib/core/model/pack';
import { validatePack } from '../../lib/core/packs/validate';
import { parseCommandArgs } from '../args';
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, UsageError, type Command } from '../command';
import type { Io } from '../io';
import { langOf, readFileOrReport } from '../pack-files';

const USAGE = `Usage: laipni diff [options] OLD NEW

Prints what updating from pack OLD to pack NEW changes: rules added, removed and changed (with
the fields that changed), locks, checklists and phrases, and NEW's changelog entries newer than
OLD's version. It is the same summary agents see after their copy updates.

Options:
  --lang L    en (default) or lv
  --json      print the summary as JSON
  --help      show this help

Exit status: 0 printed, 1 a pack is invalid, 2 a file could not be read (or a usage error).
`;

const SPEC = { lang: { value: true }, json: {}, help: {} } as const;

async function load(io: Io, file: string): Promise<Pack | number> {
  const text = await readFileOrReport(io, 'diff', file);
  if (text === null) return EXIT_USAGE;
  const result = validatePack(text, { runExamples: false });
  if (result.ok) return result.pack;
  io.err(`laipni diff: ${file} is not a valid pack; run "laipni validate ${file}"\n`);
  return EXIT_FINDINGS;
}

async function run(argv: string[], io: Io): Promise<number> {
  const args = parseCommandArgs(argv, SPEC, USAGE, io);
  if (!args) return EXIT_OK;
  const lang = langOf(args);
  const [oldFile, newFile, ...extra] = args.positionals;
  if (!oldFile || !newFile || extra.length > 0)
    throw new UsageError('give two pack files: OLD NEW');
  const before = await load(io, oldFile);
  const after = await load(io, newFile);
  if (typeof before === 'number' || typeof after === 'number')
    return Math.max(typeof before === 'number' ? before : 0, typeof after === 'number' ? after : 0);
  const diff = diffPacks(before, after);
  io.out(
    args.flags.has('json') ? `${JSON.stringify(diff, null, 2)}\n` : formatPackDiff(diff, lang),
  );
  return EXIT_OK;
}

export const diffCommand: Command = {
  name: 'diff',
  summary: 'show what updating from one pack version to another changes',
  usage: USAGE,
  run,
};
