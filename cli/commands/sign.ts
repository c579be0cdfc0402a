import { displayPath } from '../../lib/core/packs/problems';
import { signPackDocument } from '../../lib/core/packs/signature';
import { validatePack } from '../../lib/core/packs/validate';
import { parseCommandArgs } from '../args';
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, UsageError, type Command } from '../command';
import type { Io } from '../io';
import { readFileOrReport } from '../pack-files';
import { loadPrivateKey } from '../keys';
import { loadExpander } from '../dictionary';
import { expandPackLemmas } from '../../lib/core/lemmas/pack-lemmas';

const USAGE = `Usage: laipni sign PACK --key KEY [--out FILE]

Signs a pack with an Ed25519 private key (from "laipni keygen"). The signature is written into
the pack as its "signature" field (an envelope: algorithm, key id, value), so the one file you
publish carries it. It covers the pack's canonical JSON without "signature" and "$schema", so
re-formatting the file keeps it valid; any other change breaks it.

Dictionary forms (match.lemmas) are expanded first, as "laipni build" does, so the signature
covers the forms agents will match. The pack is validated (examples included); an invalid pack
is not signed.

Options:
  --key KEY         the private key file (PEM)
  --out FILE        write the signed pack here (default: replace PACK)
  --dictionary DIR  a folder with index.aff and index.dic (default: the dictionary-lv package)
  --help       show this help

Exit status: 0 signed, 1 the pack is invalid, 2 a file could not be read or written.
`;

const SPEC = {
  key: { value: true },
  out: { value: true },
  dictionary: { value: true },
  help: {},
} as const;

const read = (io: Io, file: string) => readFileOrReport(io, 'sign', file);

/** The pack text with its lemmas expanded; the dictionary is loaded only when it has lemmas. */
async function withLemmaForms(
  text: string,
  dictionary: string | undefined,
  io: Io,
): Promise<string> {
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch {
    return text; // validation says what is wrong
  }
  if (!isObject(document) || !hasLemmas(document)) return text;
  const lemmas = expandPackLemmas(document, await loadExpander(dictionary));
  io.out(
    `expanded ${lemmas.length} lemma(s) into ${lemmas.reduce((n, l) => n + l.forms, 0)} forms\n`,
  );
  return JSON.stringify(document);
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function hasLemmas(document: Record<string, unknown>): boolean {
  const rules = Array.isArray(document.rules) ? (document.rules as unknown[]) : [];
  return rules.some((r) => isObject(r) && isObject(r.match) && Array.isArray(r.match.lemmas));
}

async function run(argv: string[], io: Io): Promise<number> {
  const args = parseCommandArgs(argv, SPEC, USAGE, io);
  if (!args) return EXIT_OK;
  const [file, ...extra] = args.positionals;
  const keyFile = args.options.get('key')?.[0];
  if (!file || extra.length > 0) throw new UsageError('give exactly one PACK file');
  if (!keyFile) throw new UsageError('give the private key with --key KEY');
  if (!io.writeFile) throw new UsageError('cannot write files here');

  const text = await read(io, file);
  const pem = text === null ? null : await read(io, keyFile);
  if (text === null || pem === null) return EXIT_USAGE;
  const built = await withLemmaForms(text, args.options.get('dictionary')?.[0], io);
  const result = validatePack(built);
  if (!result.ok) {
    io.err(`laipni sign: ${file} is not a valid pack; run "laipni validate ${file}"\n`);
    for (const e of result.errors.slice(0, 10)) io.err(`  ${displayPath(e.path)}: ${e.en}\n`);
    return EXIT_FINDINGS;
  }
  const { privateKey, raw } = await loadPrivateKey(pem, keyFile);
  const document = JSON.parse(built) as Record<string, unknown>;
  const signed = await signPackDocument(document, privateKey, raw);
  const out = args.options.get('out')?.[0] ?? file;
  try {
    await io.writeFile(out, `${JSON.stringify(signed, null, 2)}\n`);
  } catch (error) {
    io.err(
      `laipni sign: cannot write ${out}: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    return EXIT_USAGE;
  }
  const envelope = signed.signature as { keyId: string };
  io.out(`${out}: signed ${result.pack.id} ${result.pack.version} with ${envelope.keyId}\n`);
  return EXIT_OK;
}

export const signCommand: Command = {
  name: 'sign',
  summary: 'sign a pack with an Ed25519 key (signature envelope inside the pack)',
  usage: USAGE,
  run,
};
