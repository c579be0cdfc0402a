import { UsageError } from './command';
import type { Io } from './io';

export interface OptionSpec {
  /** Takes a value (`--phase body`, `--phase=body`). */
  value?: boolean;
  /** May be given several times (values collected in order). */
  repeat?: boolean;
}

export interface ParsedArgs {
  options: Map<string, string[]>;
  flags: Set<string>;
  positionals: string[];
}

/** A small argv parser: long options only, `--` ends options, `-` is a positional (stdin). */
export function parseArgs(
  argv: readonly string[],
  spec: Readonly<Record<string, OptionSpec>>,
): ParsedArgs {
  const options = new Map<string, string[]>();
  const flags = new Set<string>();
  const positionals: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('--')) {
      if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option ${arg}`);
      positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq >= 0 ? arg.slice(2, eq) : arg.slice(2);
    const s = spec[name];
    if (!s) throw new UsageError(`unknown option --${name}`);
    if (!s.value) {
      if (eq >= 0) throw new UsageError(`--${name} takes no value`);
      flags.add(name);
      continue;
    }
    let value: string | undefined = eq >= 0 ? arg.slice(eq + 1) : argv[++i];
    if (value === undefined || (eq < 0 && value.startsWith('--')))
      throw new UsageError(`--${name} needs a value`);
    const list = options.get(name) ?? [];
    if (list.length > 0 && !s.repeat) throw new UsageError(`--${name} given twice`);
    list.push(value);
    options.set(name, list);
    value = undefined;
  }
  return { options, flags, positionals };
}

/**
 * A command's arguments, or null when they ask for `--help`: its usage is printed then, and
 * the command returns without doing anything else.
 */
export function parseCommandArgs(
  argv: readonly string[],
  spec: Readonly<Record<string, OptionSpec>>,
  usage: string,
  io: Pick<Io, 'out'>,
): ParsedArgs | null {
  const args = parseArgs(argv, spec);
  if (!args.flags.has('help')) return args;
  io.out(usage);
  return null;
}
