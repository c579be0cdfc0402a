import { displayPath } from '../../lib/core/packs/problems';
import { validatePack } from '../../lib/core/packs/validate';
import { expandPackLemmas, type ExpandedLemma } from '../../lib/core/lemmas/pack-lemmas';
import { PACK_LIMITS } from '../../lib/core/packs/limits';
import { parseCommandArgs } from '../args';
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, UsageError, type Command } from '../command';
import { loadExpander } from '../dictionary';
import type { Io } from '../io';
import { readFileOrReport } from '../pack-files';

const USAGE = `Usage: laipni build PACK [--out FILE] [--dictionary DIR]

Expands the rules' dictionary forms (match.lemmas, e.g. {"lemma": "jūsu pienākums"}) into every
inflected form, from the Latvian Hunspell dictionary (dictionary-lv, LGPL-2.1), so the pack you
publish carries the forms and agents' browsers need no dictionary. Review the forms it writes.
The result is validated (examples included) before it is written. "laipni sign" does the same
before it signs.

Options:
  --out FILE        write the built pack here (default: replace PACK)
  --dictionary DIR  a folder with index.aff and index.dic (default: the dictionary-lv package)
  --help            show this help

Exit status: 0 built, 1 the built pack is invalid, 2 a file could not be read or written.
`;

const SPEC = { out: { value: true }, dictionary: { value: true }, help: {} } as const;

/**
 * When the forms take the pack over its size limits (every field the agent types in compiles
 * them all), the lemmas that give the most, and what the lead can do.
 */
function tooManyForms(io: Io, lemmas: readonly ExpandedLemma[]): void {
  const forms = lemmas.reduce((n, l) => n + l.forms, 0);
  const most = [...lemmas].sort((a, b) => b.forms - a.forms).slice(0, 10);
  io.err(
    `  The ${lemmas.length} lemma(s) give ${forms} forms (at most ${PACK_LIMITS.maxPhrasesTotal} phrases in a pack). The most:\n`,
  );
  for (const l of most) io.err(`    ${l.ruleId}: «${l.lemma}» → ${l.forms} forms\n`);
  io.err(
    '  Verbs and adjectives have the most forms. Name the forms you mean in "phrases" instead of a lemma, or split the rules into packs scoped to the sites that need them.\n',
  );
}

async function run(argv: string[], io: Io): Promise<number> {
  const args = parseCommandArgs(argv, SPEC, USAGE, io);
  if (!args) return EXIT_OK;
  const [file, ...extra] = args.positionals;
  if (!file || extra.length > 0) throw new UsageError('give exactly one PACK file');
  if (!io.writeFile) throw new UsageError('cannot write files here');
  const text = await readFileOrReport(io, 'build', file);
  if (text === null) return EXIT_USAGE;
  let document: Record<string, unknown>;
  try {
    document = JSON.parse(text) as Record<string, unknown>;
  } catch (error) {
    io.err(`laipni build: ${file} is not JSON: ${error instanceof Error ? error.message : ''}\n`);
    return EXIT_FINDINGS;
  }
  const expander = await loadExpander(args.options.get('dictionary')?.[0]);
  const started = performance.now();
  const lemmas = expandPackLemmas(document, expander);
  const ms = performance.now() - started;
  const built = `${JSON.stringify(document, null, 2)}\n`;
  const result = validatePack(built);
  if (!result.ok) {
    io.err(`laipni build: the built pack is not valid:\n`);
    for (const e of result.errors.slice(0, 10)) io.err(`  ${displayPath(e.path)}: ${e.en}\n`);
    if (result.errors.some((e) => e.path === 'rules') && lemmas.length > 0)
      tooManyForms(io, lemmas);
    return EXIT_FINDINGS;
  }
  const out = args.options.get('out')?.[0] ?? file;
  try {
    await io.writeFile(out, built);
  } catch (error) {
    io.err(
      `laipni build: cannot write ${out}: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    return EXIT_USAGE;
  }
  for (const l of lemmas) io.out(`  ${l.ruleId}: «${l.lemma}» → ${l.forms} forms\n`);
  const forms = lemmas.reduce((n, l) => n + l.forms, 0);
  io.out(`${out}: ${lemmas.length} lemma(s) expanded to ${forms} forms in ${ms.toFixed(0)} ms\n`);
  return EXIT_OK;
}

export const buildCommand: Command = {
  name: 'build',
  summary: 'expand the dictionary forms (lemmas) of a pack into their inflected forms',
  usage: USAGE,
  run,
};
