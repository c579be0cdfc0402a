import { displayPath } from '../../lib/core/packs/problems';
import { signPackDocument } from '../../lib/core/packs/signature';
import { validatePack } from '../../lib/core/packs/validate';
import { parseCommandArgs } from '../args';
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, UsageError, type Command } from '../command';
import type { Io } from '../io';
import { readFileOrReport } from '../pack-files';
import { loadPrivateKey } from '../keys';

const USAGE = `Usage: laipni sign PACK --key KEY [--out FILE]

Signs a pack with an Ed25519 private key (from "laipni keygen"). The signature is written into
the pack as its "signature" field (an envelope: algorithm, key id, value), so the one file you
publish carries it. It covers the pack's canonical JSON without "signature" and "$schema", so
re-formatting the file keeps it valid; any other change breaks it.

The pack is validated first (examples included); an invalid pack is not signed.

Options:
  --key KEY    the private key file (PEM)
  --out FILE   write the signed pack here (default: replace PACK)
  --help       show this help

Exit status: 0 signed, 1 the pack is invalid, 2 a file could not be read or written.
`;

const SPEC = { key: { value: true }, out: { value: true }, help: {} } as const;

const read = (io: Io, file: string) => readFileOrReport(io, 'sign', file);

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
  const result = validatePack(text);
  if (!result.ok) {
    io.err(`laipni sign: ${file} is not a valid pack; run "laipni validate ${file}"\n`);
    for (const e of result.errors.slice(0, 10)) io.err(`  ${displayPath(e.path)}: ${e.en}\n`);
    return EXIT_FINDINGS;
  }
  const { privateKey, raw } = await loadPrivateKey(pem, keyFile);
  const document = JSON.parse(text) as Record<string, unknown>;
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
