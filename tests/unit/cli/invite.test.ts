import { describe, expect, it } from 'vitest';
import { main } from '../../../cli/index';
import { generateKeyPair } from '../../../cli/keys';
import { terminalQr } from '../../../cli/qr';
import { keyIdOf } from '../../../lib/core/packs/signature';
import { keyFingerprint, parseSubscriptionLink } from '../../../lib/core/packs/subscription-link';
import { memoryIo } from './memory-io';

async function run(argv: string[], files: Record<string, string> = {}, colour = false) {
  const memory = memoryIo(files);
  const code = await main(['invite', ...argv], { ...memory.io, colour });
  return { code, out: memory.out(), err: memory.err() };
}

const URL_ = 'https://packs.acme.lv/sales.json';
const NAME = 'Rīgas pārdošana';

describe('laipni invite', () => {
  it('prints a link that parses back, its QR code and the key fingerprint', async () => {
    const pair = await generateKeyPair();
    const r = await run(['--url', URL_, '--key', 'team.pub', '--name', NAME], {
      'team.pub': `${pair.publicKey}\n`,
    });
    expect(r).toMatchObject({ code: 0, err: '' });
    const link = r.out.split('\n').find((l) => l.startsWith('https://laipni.invalid/')) ?? '';
    expect(parseSubscriptionLink(link)).toMatchObject({
      ok: true,
      subscription: { url: URL_, publicKey: pair.publicKey, name: NAME },
    });
    expect(r.out).toContain(`Key fingerprint: ${await keyFingerprint(pair.publicKey)}`);
    expect(r.out).toContain(await keyIdOf(pair.raw));
    expect(r.out).toMatch(/[\u2580\u2584\u2588]{20}/);
    expect(r.out).not.toContain('\u001b[');
  });

  it('takes the key as base64 text, a .pub file or the public half of a .key file', async () => {
    const pair = await generateKeyPair();
    const files = { 'a.pub': pair.publicKey, 'a.key': pair.privatePem };
    const links = await Promise.all(
      [pair.publicKey, 'a.pub', 'a.key'].map(async (key) => {
        const r = await run(['--url', URL_, '--key', key, '--name', NAME, '--no-qr'], files);
        expect(r.code).toBe(0);
        expect(r.out).not.toContain('\u2580');
        return r.out.split('\n')[2];
      }),
    );
    expect(new Set(links).size).toBe(1);
    expect(links[0]).not.toContain('PRIVATE');
  });

  it('refuses a bad URL, key or name with one line, in the language asked for', async () => {
    const pair = await generateKeyPair();
    const cases: [string[], RegExp][] = [
      [['--url', 'http://packs.acme.lv/p.json', '--key', pair.publicKey, '--name', NAME], /https/],
      [['--url', URL_, '--key', 'missing.pub', '--name', NAME], /neither a base64 public key/],
      [['--url', URL_, '--key', 'bad.pub', '--name', NAME], /32-byte/],
      [['--url', URL_, '--key', pair.publicKey, '--name', 'a\u202eb'], /direction/],
      [['--url', URL_, '--key', pair.publicKey], /give --name/],
      [
        ['--url', URL_, '--key', pair.publicKey, '--name', '', '--lang', 'lv'],
        /Komandas nosaukums ir tukšs/,
      ],
    ];
    for (const [argv, message] of cases) {
      const r = await run(argv, { 'bad.pub': 'not a key' });
      expect(r.code).toBe(2);
      expect(r.err).toMatch(message);
      expect(r.err.trim().split('\n')).toHaveLength(1);
      expect(r.out).toBe('');
    }
  });

  it('has --help', async () => {
    const r = await run(['--help']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Usage: laipni invite');
  });

  it('draws the QR code in colours that read on dark and light terminals alike', () => {
    const plain = terminalQr('https://laipni.invalid/subscribe#v=1', { colour: false });
    const lines = plain.trimEnd().split('\n');
    expect(new Set(lines.map((l) => l.length)).size).toBe(1);
    expect(lines.length).toBe(Math.ceil((lines[0] ?? '').length / 2));
    const coloured = terminalQr('https://laipni.invalid/subscribe#v=1', { colour: true });
    expect(coloured).toMatch(/\u001b\[(?:30|97);(?:40|107)m\u2580/);
    expect(coloured.split('\n')[0]?.endsWith('\u001b[0m')).toBe(true);
  });
});
