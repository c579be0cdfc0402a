import { keyIdOf } from '../../lib/core/packs/signature';
import { parseCommandArgs } from '../args';
import { EXIT_OK, EXIT_USAGE, UsageError, type Command } from '../command';
import type { Io } from '../io';
import { generateKeyPair } from '../keys';

const USAGE = `Usage: laipni keygen [--out NAME] [--force]

Makes an Ed25519 key pair for signing packs:
  NAME.key   the private key (PKCS#8 PEM, readable only by you). Keep it secret; it is what
             "laipni sign --key NAME.key" signs with.
  NAME.pub   the public key (base64 of 32 bytes). Pin it in company policy ("publicKeys") or
             in the agents' options; it is also printed.

Options:
  --out NAME   file name without extension (default: laipni-signing)
  --force      replace existing files
  --help       show this help
`;

const SPEC = { out: { value: true }, force: {}, help: {} } as const;

async function run(argv: string[], io: Io): Promise<number> {
  const args = parseCommandArgs(argv, SPEC, USAGE, io);
  if (!args) return EXIT_OK;
  if (args.positionals.length > 0) throw new UsageError('keygen takes no FILE (use --out NAME)');
  if (!io.writeFile) throw new UsageError('cannot write files here');
  const name = args.options.get('out')?.[0] ?? 'laipni-signing';
  const exclusive = !args.flags.has('force');
  const pair = await generateKeyPair();
  try {
    await io.writeFile(`${name}.key`, pair.privatePem, { exclusive, mode: 0o600 });
    await io.writeFile(`${name}.pub`, `${pair.publicKey}\n`, { exclusive });
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    io.err(`laipni keygen: ${detail}${exclusive ? ' (use --force to replace)' : ''}\n`);
    return EXIT_USAGE;
  }
  io.out(
    `Private key: ${name}.key (keep it secret)\nPublic key:  ${name}.pub\nKey id:      ${await keyIdOf(pair.raw)}\n\n${pair.publicKey}\n`,
  );
  return EXIT_OK;
}

export const keygenCommand: Command = {
  name: 'keygen',
  summary: 'make an Ed25519 key pair for signing packs',
  usage: USAGE,
  run,
};
