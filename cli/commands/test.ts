import { runPackExamples } from '../../lib/packs/examples';
import type { PackProblem } from '../../lib/packs/problems';
import type { Pack } from '../../lib/packs/types';
import { validatePack } from '../../lib/packs/validate';
import { parseArgs } from '../args';
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, UsageError, type Command } from '../command';
import type { Io } from '../io';

const USAGE = `Usage: laipni test [options] PACK...

Runs each rule's examples through the engine, like the pack's own tests: every "match" text the
rule must flag and every "noMatch" text it must not. Prints each failing example.

Options:
  --lang L    language of the messages: en (default) or lv
  --json      print one JSON result per file: { file, ok, examples, failures, errors }
  --help      show this help

Exit status: 0 every example passes, 1 an example fails or a pack is invalid,
2 a file could not be read (or a usage error).
`;

const SPEC = { lang: { value: true }, json: {}, help: {} } as const;

function countExamples(pack: Pack): number {
  return pack.rules.reduce(
    (n, r) => n + (r.examples?.match?.length ?? 0) + (r.examples?.noMatch?.length ?? 0),
    0,
  );
}

function line(p: PackProblem, lang: 'en' | 'lv'): string {
  return `  ${p.path === '' ? '(document)' : p.path}: ${p[lang]}\n`;
}

async function run(argv: string[], io: Io): Promise<number> {
  const args = parseArgs(argv, SPEC);
  if (args.flags.has('help')) {
    io.out(USAGE);
    return EXIT_OK;
  }
  const lang = args.options.get('lang')?.[0] ?? 'en';
  if (lang !== 'en' && lang !== 'lv')
    throw new UsageError(`--lang must be en or lv (got "${lang}")`);
  if (args.positionals.length === 0) throw new UsageError('give at least one PACK file');
  const json = args.flags.has('json');
  let exit = EXIT_OK;
  for (const file of args.positionals) {
    let text: string;
    try {
      text = await io.readFile(file);
    } catch (error) {
      io.err(
        `laipni test: cannot read ${file}: ${error instanceof Error ? error.message : String(error)}\n`,
      );
      exit = EXIT_USAGE;
      continue;
    }
    // Structure first; the examples need a pack the engine can compile.
    const result = validatePack(text, { runExamples: false });
    if (!result.ok) {
      if (exit === EXIT_OK) exit = EXIT_FINDINGS;
      if (json)
        io.out(
          `${JSON.stringify({ file, ok: false, examples: 0, failures: [], errors: result.errors })}\n`,
        );
      else {
        const n = result.errors.length;
        io.out(
          lang === 'lv'
            ? `${file}: nederīga paka, kļūdas: ${n}\n`
            : `${file}: invalid pack, ${n} error${n === 1 ? '' : 's'}\n`,
        );
        io.out(result.errors.map((e) => line(e, lang)).join(''));
      }
      continue;
    }
    const examples = countExamples(result.pack);
    const failures = runPackExamples(result.pack);
    if (failures.length > 0 && exit === EXIT_OK) exit = EXIT_FINDINGS;
    if (json) {
      io.out(
        `${JSON.stringify({ file, ok: failures.length === 0, examples, failures, errors: [] })}\n`,
      );
    } else if (failures.length === 0) {
      io.out(
        lang === 'lv'
          ? `${file}: visi ${examples} piemēri izpildās\n`
          : `${file}: all ${examples} examples pass\n`,
      );
    } else {
      io.out(
        lang === 'lv'
          ? `${file}: neizpildās ${failures.length} no ${examples} piemēriem\n`
          : `${file}: ${failures.length} of ${examples} examples fail\n`,
      );
      io.out(failures.map((f) => line(f, lang)).join(''));
    }
  }
  return exit;
}

export const testCommand: Command = {
  name: 'test',
  summary: "run a pack's rule examples through the engine and print failures",
  usage: USAGE,
  run,
};
