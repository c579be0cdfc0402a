import { validatePack, type ValidationResult } from '../../lib/core/packs/validate';
import { parseCommandArgs } from '../args';
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, UsageError, type Command } from '../command';
import type { Io } from '../io';
import { langOf, problemLine as line, readFileOrReport, type Lang } from '../pack-files';

const USAGE = `Usage: laipni validate [options] FILE...

Validates phrase packs (laipni-pack/1 and /2): the JSON structure, size limits, ids, match
kinds, the engine version they need, each rule's examples, run through the engine, and the
pack's call scripts: their steps and paths, and every text an agent will say, checked by the
handbook's rules (and the pack's own) in its step's phase; a rule of severity "warning" refuses
the script, advice ("info") is a warning.

Options:
  --lang L         language of the messages: en (default) or lv
  --no-examples    do not run the rules' examples
  --no-wording     do not check the scripts' wording with the engine
  --json           print one JSON result per file: { file, ok, errors, warnings }
  --help           show this help

Exit status: 0 every pack is valid, 1 a pack is invalid (every error is listed),
2 a file could not be read (or a usage error).
`;

const SPEC = {
  lang: { value: true },
  'no-examples': {},
  'no-wording': {},
  json: {},
  help: {},
} as const;

function report(file: string, result: ValidationResult, lang: Lang): string {
  const warnings = result.warnings
    .map((w) => line(w, lang, lang === 'lv' ? 'brīdinājums ' : 'warning '))
    .join('');
  if (result.ok) {
    const { id, version, rules } = result.pack;
    const scripts = result.pack.scripts?.length ?? 0;
    const withScripts =
      scripts === 0 ? '' : lang === 'lv' ? `, skripti: ${scripts}` : `, ${scripts} scripts`;
    const summary =
      lang === 'lv'
        ? `derīga (${id} ${version}, noteikumi: ${rules.length}${withScripts})`
        : `valid (${id} ${version}, ${rules.length} rules${withScripts})`;
    return `${file}: ${summary}\n${warnings}`;
  }
  const n = result.errors.length;
  const count =
    lang === 'lv' ? `nederīga, kļūdas: ${n}` : `invalid, ${n} error${n === 1 ? '' : 's'}`;
  return `${file}: ${count}\n${result.errors.map((e) => line(e, lang)).join('')}${warnings}`;
}

async function run(argv: string[], io: Io): Promise<number> {
  const args = parseCommandArgs(argv, SPEC, USAGE, io);
  if (!args) return EXIT_OK;
  const lang = langOf(args);
  if (args.positionals.length === 0) throw new UsageError('give at least one pack FILE');

  let exit = EXIT_OK;
  for (const file of args.positionals) {
    const text = await readFileOrReport(io, 'validate', file);
    if (text === null) {
      exit = EXIT_USAGE;
      continue;
    }
    const result = validatePack(text, {
      runExamples: !args.flags.has('no-examples'),
      checkWording: !args.flags.has('no-wording'),
    });
    if (!result.ok && exit === EXIT_OK) exit = EXIT_FINDINGS;
    if (args.flags.has('json')) {
      const errors = result.ok ? [] : result.errors;
      io.out(`${JSON.stringify({ file, ok: result.ok, errors, warnings: result.warnings })}\n`);
    } else {
      io.out(report(file, result, lang));
    }
  }
  return exit;
}

export const validateCommand: Command = {
  name: 'validate',
  summary: 'validate phrase packs, run their examples and check their scripts',
  usage: USAGE,
  run,
};
