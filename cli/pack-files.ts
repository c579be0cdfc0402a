import { displayPath } from '../lib/core/packs/problems';
import type { PackProblem } from '../lib/core/packs/problems';
import type { ParsedArgs } from './args';
import { UsageError } from './command';
import type { Io } from './io';

/** Shared by the team-lead commands (validate, test, diff, sign): files, language, problems. */

export type Lang = 'en' | 'lv';

/** Reads a file, or says in one line why it cannot be read and returns null. */
export async function readFileOrReport(
  io: Io,
  command: string,
  file: string,
): Promise<string | null> {
  try {
    return await io.readFile(file);
  } catch (error) {
    io.err(
      `laipni ${command}: cannot read ${file}: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    return null;
  }
}

/** The `--lang en|lv` option (English by default). */
export function langOf(args: ParsedArgs): Lang {
  const lang = args.options.get('lang')?.[0] ?? 'en';
  if (lang !== 'en' && lang !== 'lv')
    throw new UsageError(`--lang must be en or lv (got "${lang}")`);
  return lang;
}

/** One problem of a pack as an indented line: its JSON path and the words in `lang`. */
export function problemLine(p: PackProblem, lang: Lang, prefix = ''): string {
  return `  ${prefix}${displayPath(p.path)}: ${p[lang]}\n`;
}
