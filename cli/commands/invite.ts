import { anyBase64ToBytes, bytesToBase64 } from '../../lib/core/packs/base64';
import { keyIdOf } from '../../lib/core/packs/signature';
import { formatSubscriptionLink, keyFingerprint } from '../../lib/core/packs/subscription-link';
import { parseCommandArgs } from '../args';
import { EXIT_OK, UsageError, type Command } from '../command';
import type { Io } from '../io';
import { loadPrivateKey } from '../keys';
import { langOf } from '../pack-files';
import { terminalQr } from '../qr';

const USAGE = `Usage: laipni invite --url URL --key KEY --name NAME [--no-qr]

Makes the link that subscribes an agent to your team's pack in one step: the pack's URL, your
public key (so only packs you signed are installed) and the team's name. It prints the link, a
QR code of it, and the key's fingerprint.

Send the link (chat, e-mail) or show the QR code. An agent opens it, or pastes it into Laipni's
options page, and checks the fingerprint against the one you tell them another way (in person,
by phone) before accepting: the fingerprint is what proves the key is yours.

Options:
  --url URL    the pack's address (https://…; http:// only for localhost)
  --key KEY    your public key: the .pub file from "laipni keygen", or its base64 text
               (a .key file works too: its public half is used, the secret never leaves it)
  --name NAME  the team's name agents will see (at most 100 characters)
  --no-qr      print the link and fingerprint only
  --lang L     en (default) or lv, for error messages
  --help       show this help

Exit status: 0 printed, 2 a usage error (a bad URL, key or name, an unreadable key file).
`;

const SPEC = {
  url: { value: true },
  key: { value: true },
  name: { value: true },
  'no-qr': {},
  lang: { value: true },
  help: {},
} as const;

/** The public key from base64 text, a .pub file, or the public half of a .key file. */
async function publicKeyOf(io: Io, value: string): Promise<string> {
  const direct = anyBase64ToBytes(value.trim());
  if (direct && direct.length === 32) return bytesToBase64(direct);
  let text: string;
  try {
    text = await io.readFile(value);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new UsageError(`--key is neither a base64 public key nor a readable file (${detail})`);
  }
  if (text.includes('PRIVATE KEY')) return bytesToBase64((await loadPrivateKey(text, value)).raw);
  return text.trim();
}

function required(value: string | undefined, option: string): string {
  if (value === undefined) throw new UsageError(`give ${option}`);
  return value;
}

async function run(argv: string[], io: Io): Promise<number> {
  const args = parseCommandArgs(argv, SPEC, USAGE, io);
  if (!args) return EXIT_OK;
  const lang = langOf(args);
  if (args.positionals.length > 0)
    throw new UsageError('invite takes no FILE (use --url, --key and --name)');
  const url = required(args.options.get('url')?.[0], '--url URL');
  const keyOption = required(args.options.get('key')?.[0], '--key KEY');
  const name = required(args.options.get('name')?.[0], '--name NAME');

  const result = formatSubscriptionLink({ url, publicKey: await publicKeyOf(io, keyOption), name });
  if (!result.ok) throw new UsageError(result.message[lang]);
  const { link, subscription } = result;
  const raw = anyBase64ToBytes(subscription.publicKey) ?? new Uint8Array();
  const lines = [
    `Subscription link for "${subscription.name}":`,
    '',
    link,
    '',
    ...(args.flags.has('no-qr') ? [] : [terminalQr(link, { colour: io.colour === true })]),
    `Key fingerprint: ${await keyFingerprint(subscription.publicKey)}`,
    `Key id:          ${await keyIdOf(raw)}`,
    `Pack:            ${subscription.url}`,
    '',
    'Tell agents the fingerprint another way (in person, by phone) so they can check it before',
    'accepting. Sign every version of the pack with "laipni sign" and this key.',
  ];
  io.out(`${lines.join('\n')}\n`);
  return EXIT_OK;
}

export const inviteCommand: Command = {
  name: 'invite',
  summary: "make a team's subscription link (pack URL + your key + team name) and its QR code",
  usage: USAGE,
  run,
};
