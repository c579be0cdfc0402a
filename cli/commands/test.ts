import { runPackExamples } from '../../lib/core/packs/examples';
import { packScriptProblems } from '../../lib/core/packs/pack-scripts';
import type { Pack } from '../../lib/core/model/pack';
import { packForSite, type SiteContext } from '../../lib/core/packs/site-scope';
import { validatePack } from '../../lib/core/packs/validate';
import { parseCommandArgs } from '../args';
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, UsageError, type Command } from '../command';
import type { Io } from '../io';
import { langOf, problemLine as line, readFileOrReport } from '../pack-files';

const USAGE = `Usage: laipni test [options] PACK...

Runs each rule's examples through the engine, like the pack's own tests: every "match" text the
rule must flag and every "noMatch" text it must not. Prints each failing example. Then checks
every text the pack's call scripts have an agent say with the engine, in its step's phase and
the script's channels: a finding of a "warning" rule fails, advice ("info") is printed as a
warning.

Options:
  --site HOST     test the pack as a page on HOST sees it: rules scoped to other sites
                  ("sites" in the pack) are left out, and the output says how many apply
  --profile ID    with --site: the page also matches this site profile
  --lang L    language of the messages: en (default) or lv
  --json      print one JSON result per file:
              { file, ok, examples, failures, errors, scriptTexts, scriptWarnings }
  --help      show this help

Exit status: 0 every example and script text passes, 1 one fails or a pack is invalid,
2 a file could not be read (or a usage error).
`;

const SPEC = {
  site: { value: true },
  profile: { value: true },
  lang: { value: true },
  json: {},
  help: {},
} as const;

const HOST = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/;

/** Every text a script has the agent say (each variant, objection cards too). */
function countScriptTexts(pack: Pack): number {
  return (pack.scripts ?? []).reduce(
    (n, s) =>
      n +
      s.steps.reduce((m, st) => m + st.say.length, 0) +
      (s.objections ?? []).reduce((m, o) => m + o.say.length, 0),
    0,
  );
}

function countExamples(pack: Pack): number {
  return pack.rules.reduce(
    (n, r) => n + (r.examples?.match?.length ?? 0) + (r.examples?.noMatch?.length ?? 0),
    0,
  );
}

async function run(argv: string[], io: Io): Promise<number> {
  const args = parseCommandArgs(argv, SPEC, USAGE, io);
  if (!args) return EXIT_OK;
  const lang = langOf(args);
  if (args.positionals.length === 0) throw new UsageError('give at least one PACK file');
  const json = args.flags.has('json');
  const host = args.options.get('site')?.[0]?.toLowerCase();
  const profile = args.options.get('profile')?.[0];
  if (host !== undefined && !HOST.test(host))
    throw new UsageError(`--site takes a host name such as mail.acme.lv, not "${host}"`);
  if (profile !== undefined && host === undefined)
    throw new UsageError('--profile needs --site HOST');
  const site: SiteContext | null =
    host !== undefined ? { host, profiles: profile ? [profile] : [] } : null;
  let exit = EXIT_OK;
  for (const file of args.positionals) {
    const text = await readFileOrReport(io, 'test', file);
    if (text === null) {
      exit = EXIT_USAGE;
      continue;
    }
    // Structure first; the examples need a pack the engine can compile.
    const result = validatePack(text, { runExamples: false, checkWording: false });
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
    const pack = site ? packForSite(result.pack, site) : result.pack;
    if (site && !json) {
      const [n, all] = [pack.rules.length, result.pack.rules.length];
      io.out(
        lang === 'lv'
          ? `${file}: vietnē ${site.host} darbojas ${n} no ${all} noteikumiem\n`
          : `${file}: ${n} of ${all} rules apply on ${site.host}\n`,
      );
    }
    const examples = countExamples(pack);
    const scriptTexts = countScriptTexts(pack);
    const wording = packScriptProblems(pack, { wording: true });
    const failures = [...runPackExamples(pack), ...wording.errors];
    if (failures.length > 0 && exit === EXIT_OK) exit = EXIT_FINDINGS;
    if (json) {
      const ok = failures.length === 0;
      const scriptWarnings = wording.warnings;
      io.out(
        `${JSON.stringify({
          file,
          ok,
          examples,
          failures,
          errors: [],
          scriptTexts,
          scriptWarnings,
          ...(site ? { site: site.host, rules: pack.rules.map((r) => r.id) } : {}),
        })}\n`,
      );
      continue;
    }
    const advice = wording.warnings.map((w) =>
      line(w, lang, lang === 'lv' ? 'ieteikums ' : 'advice '),
    );
    if (scriptTexts > 0 && wording.errors.length === 0) {
      io.out(
        lang === 'lv'
          ? `${file}: visi ${scriptTexts} skriptu teksti atbilst noteikumiem\n`
          : `${file}: all ${scriptTexts} script texts pass the rules\n`,
      );
    }
    io.out(advice.join(''));
    if (failures.length === 0) {
      io.out(
        lang === 'lv'
          ? `${file}: visi ${examples} piemēri izpildās\n`
          : `${file}: all ${examples} examples pass\n`,
      );
    } else {
      const of =
        scriptTexts === 0
          ? { lv: `${examples} piemēriem`, en: `${examples} examples fail` }
          : {
              lv: `${examples} piemēriem un ${scriptTexts} skriptu tekstiem`,
              en: `${examples} examples and ${scriptTexts} script texts fail`,
            };
      io.out(
        lang === 'lv'
          ? `${file}: neizpildās ${failures.length} no ${of.lv}\n`
          : `${file}: ${failures.length} of ${of.en}\n`,
      );
      io.out(failures.map((f) => line(f, lang)).join(''));
    }
  }
  return exit;
}

export const testCommand: Command = {
  name: 'test',
  summary: "run a pack's rule examples and check its scripts' wording with the engine",
  usage: USAGE,
  run,
};
