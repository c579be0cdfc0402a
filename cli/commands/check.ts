import { displayPath } from '../../lib/core/packs/problems';
import { BUILTIN_PACK, createChecker, type CheckContext } from '../../lib/core/engine';
import { type Finding } from '../../lib/core/model/finding';
import { validatePack } from '../../lib/core/packs/validate';
import { CHANNELS, PHASES, type Channel, type Pack, type Phase } from '../../lib/core/model/pack';
import { parseCommandArgs } from '../args';
import { EXIT_FINDINGS, EXIT_OK, UsageError, type Command } from '../command';
import type { Io } from '../io';

const USAGE = `Usage: laipni check [options] [FILE|-]

Checks Latvian text the way the extension does and prints what it flags.
Reads FILE, or standard input when FILE is "-" or omitted.

Options:
  --phase P        call phase: ${PHASES.join(', ')} (default: unknown, every phase's rules)
  --channel C      ${CHANNELS.join(', ')} (default: unknown, every channel's rules)
  --time HH:MM     local clock for the time-of-day greeting rule
  --repeat-call    the contact has been called before
  --pack FILE      use this pack (repeatable, later packs override earlier rules by id);
                   with --pack only the packs given are used, "--pack builtin" adds the
                   built-in handbook pack
  --json           print a JSON array of findings
  --lines          check each line as its own message; print one JSON object per line
  --help           show this help

Exit status: 0 nothing flagged, 1 something flagged, 2 usage or input error.
`;

const SPEC = {
  phase: { value: true },
  channel: { value: true },
  time: { value: true },
  'repeat-call': {},
  pack: { value: true, repeat: true },
  json: {},
  lines: {},
  help: {},
} as const;

function oneOf<T extends string>(
  value: string | undefined,
  allowed: readonly T[],
  name: string,
): T | undefined {
  if (value === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(value))
    throw new UsageError(`--${name} must be one of ${allowed.join(', ')} (got "${value}")`);
  return value as T;
}

async function loadPack(file: string, io: Io): Promise<Pack> {
  if (file === 'builtin') return BUILTIN_PACK;
  let text: string;
  try {
    text = await io.readFile(file);
  } catch (error) {
    throw new UsageError(
      `cannot read pack ${file}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  const result = validatePack(text, { runExamples: false });
  if (!result.ok) {
    const lines = result.errors.map((e) => `  ${displayPath(e.path)}: ${e.en}`);
    throw new UsageError(`pack ${file} is not valid:\n${lines.join('\n')}`);
  }
  return result.pack;
}

async function readInput(positionals: string[], io: Io): Promise<string> {
  if (positionals.length > 1) throw new UsageError(`expected one FILE, got ${positionals.length}`);
  const file = positionals[0];
  if (file === undefined || file === '-') {
    const text = await io.readStdin();
    if (text === null)
      throw new UsageError('no input: give a FILE, or pipe text into "laipni check -"');
    return text;
  }
  try {
    return await io.readFile(file);
  } catch (error) {
    throw new UsageError(
      `cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

/** 1-based line and column (in UTF-16 units) of each offset. */
function position(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

function human(f: Finding, text: string): string {
  const { line, column } = position(text, f.start);
  const suggestions = f.suggestions.length > 0 ? `  → ${f.suggestions.join(' | ')}` : '';
  const advice = f.advice && f.advice.length > 0 ? `\n      ${f.advice.join('\n      ')}` : '';
  return `${line}:${column}  ${f.severity.padEnd(7)}  ${f.ruleId}  «${f.text}»${suggestions}\n      ${f.message}${advice}\n`;
}

async function run(argv: string[], io: Io): Promise<number> {
  const args = parseCommandArgs(argv, SPEC, USAGE, io);
  if (!args) return EXIT_OK;
  if (args.flags.has('json') && args.flags.has('lines'))
    throw new UsageError('--json and --lines cannot be combined');
  const time = args.options.get('time')?.[0];
  if (time !== undefined && !/^([01]?\d|2[0-3]):[0-5]\d$/.test(time))
    throw new UsageError(`--time must be HH:MM (got "${time}")`);
  const context: CheckContext = {};
  const phase = oneOf<Phase>(args.options.get('phase')?.[0], PHASES, 'phase');
  const channel = oneOf<Channel>(args.options.get('channel')?.[0], CHANNELS, 'channel');
  if (phase) context.phase = phase;
  if (channel) context.channel = channel;
  if (time) context.time = time;
  if (args.flags.has('repeat-call')) context.repeatCall = true;
  const packFiles = args.options.get('pack') ?? [];
  const packs: Pack[] = [];
  for (const file of packFiles) packs.push(await loadPack(file, io));
  const text = await readInput(args.positionals, io);
  const checker = createChecker(packs.length > 0 ? { packs } : {});

  if (args.flags.has('lines')) {
    let any = false;
    text.split(/\r?\n/u).forEach((line, i, all) => {
      if (i === all.length - 1 && line === '') return; // the newline that ends the file
      const findings = checker.check(line, context);
      if (findings.length > 0) any = true;
      io.out(`${JSON.stringify({ line: i + 1, findings })}\n`);
    });
    return any ? EXIT_FINDINGS : EXIT_OK;
  }
  const findings = checker.check(text, context);
  if (args.flags.has('json')) {
    const withPositions = findings.map((f) => ({ ...f, ...position(text, f.start) }));
    io.out(`${JSON.stringify(withPositions, null, 2)}\n`);
  } else {
    for (const f of findings) io.out(human(f, text));
    const warnings = findings.filter((f) => f.severity === 'warning').length;
    io.out(
      findings.length === 0
        ? 'No findings.\n'
        : `${findings.length} finding(s): ${warnings} warning(s), ${findings.length - warnings} info.\n`,
    );
  }
  return findings.length > 0 ? EXIT_FINDINGS : EXIT_OK;
}

export const checkCommand: Command = {
  name: 'check',
  summary: 'check Latvian text against the rules and print findings',
  usage: USAGE,
  run,
};
