import { describe, expect, it } from 'vitest';
import { bytesToBase64 } from '../../../../lib/core/packs/base64';
import { keyIdOf } from '../../../../lib/core/packs/signature';
import {
  SUBSCRIPTION_LINK_BASE,
  formatSubscriptionLink,
  keyFingerprint,
  optionsUrlForLink,
  parseSubscriptionLink,
  type Subscription,
  type SubscriptionLinkResult,
} from '../../../../lib/core/packs/subscription-link';

const raw = Uint8Array.from({ length: 32 }, (_, i) => (i * 37 + 11) & 0xff);
const KEY = bytesToBase64(raw);
const SUB: Subscription = {
  url: 'https://packs.acme.lv/sales.json?team=a&v=2',
  publicKey: KEY,
  name: 'Rīgas komanda & partneri',
};

function linkOf(sub: Subscription): string {
  const result = formatSubscriptionLink(sub);
  if (!result.ok) throw new Error(result.message.en);
  return result.link;
}

function problemOf(result: SubscriptionLinkResult): string {
  if (result.ok) return 'ok';
  expect(result.message.lv.length).toBeGreaterThan(10);
  expect(result.message.en.length).toBeGreaterThan(10);
  return result.problem;
}

describe('subscription link', () => {
  it('formats a readable https link and reads it back unchanged', () => {
    const link = linkOf(SUB);
    expect(link.startsWith(`${SUBSCRIPTION_LINK_BASE}#v=1&url=https://packs.acme.lv/`)).toBe(true);
    expect(link).toContain('%26v%3D2'); // the pack URL's own & and = cannot split the link
    expect(link).not.toMatch(/[\s+]/);
    expect(parseSubscriptionLink(link)).toEqual({ ok: true, subscription: SUB, link });
  });

  it('carries the key as base64url and gives back the base64 that pinned keys use', () => {
    const key = /&key=([^&]+)/.exec(linkOf(SUB))?.[1] ?? '';
    expect(key).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const parsed = parseSubscriptionLink(linkOf(SUB));
    expect(parsed.ok && parsed.subscription.publicKey).toBe(KEY);
  });

  it('accepts what agents paste: spaces, line breaks and <…> from e-mail', () => {
    const link = linkOf(SUB);
    for (const pasted of [`  ${link}\n`, `<${link}>`, ` <${link}> `])
      expect(parseSubscriptionLink(pasted)).toMatchObject({ ok: true, subscription: SUB });
  });

  it('allows plain http only on this computer', () => {
    for (const url of [
      'http://localhost:5174/p.json',
      'http://127.0.0.1/p.json',
      'http://[::1]/p.json',
    ])
      expect(formatSubscriptionLink({ ...SUB, url }).ok).toBe(true);
    for (const url of [
      'http://packs.acme.lv/p.json',
      'ftp://acme.lv/p.json',
      'file:///p.json',
      'nav saite',
    ])
      expect(problemOf(formatSubscriptionLink({ ...SUB, url }))).toBe('url');
    expect(
      problemOf(
        formatSubscriptionLink({ ...SUB, url: 'https://lead:secret@packs.acme.lv/p.json' }),
      ),
    ).toBe('url');
  });

  it('needs a 32-byte key', () => {
    for (const publicKey of ['', 'abc', bytesToBase64(raw.subarray(0, 31)), `${KEY}AAAA`])
      expect(problemOf(formatSubscriptionLink({ ...SUB, publicKey }))).toBe('key');
  });

  it('limits the name to 100 characters without control or direction marks', () => {
    const emoji = '👩‍💻'; // several code units, still a name
    expect(formatSubscriptionLink({ ...SUB, name: `${'ā'.repeat(99)}x` }).ok).toBe(true);
    expect(formatSubscriptionLink({ ...SUB, name: `Komanda ${emoji}` }).ok).toBe(true);
    for (const name of [
      '',
      '   ',
      'ā'.repeat(101),
      'Rīga\u202eadnamok',
      'Rīga\nkomanda',
      'a\u0000b',
    ])
      expect(problemOf(formatSubscriptionLink({ ...SUB, name }))).toBe('name');
  });

  it('says what is wrong with a damaged or foreign link', () => {
    const link = linkOf(SUB);
    const cases: [string, string][] = [
      ['hello', 'not-a-link'],
      ['https://laipni.example/subscribe#v=1', 'not-a-link'],
      [SUBSCRIPTION_LINK_BASE, 'not-a-link'],
      [link.replace('#v=1', '#v=2'), 'version'],
      [`${link}&url=https://evil.example/p.json`, 'not-a-link'],
      [link.replace(/&key=[^&]+/, ''), 'key'],
      [link.replace(/&name=[^&]+/, ''), 'name'],
      [link.replace(/&url=[^&]+/, ''), 'url'],
      [link.replace('url=https', 'url=http'), 'url'],
      [link.replace(/&name=[^&]+/, '&name=%E2%80%AEx'), 'name'],
      ['x'.repeat(10_000), 'not-a-link'],
    ];
    for (const [text, problem] of cases)
      expect(problemOf(parseSubscriptionLink(text))).toBe(problem);
  });
});

describe('key fingerprint', () => {
  it('is the first 16 bytes of SHA-256 in groups of four, and starts with the key id', async () => {
    const fingerprint = await keyFingerprint(KEY);
    expect(fingerprint).toMatch(/^(?:[0-9A-F]{4} ){7}[0-9A-F]{4}$/);
    const keyId = (await keyIdOf(raw)).replace('ed25519:', '').toUpperCase();
    expect(fingerprint?.replace(/ /g, '').slice(0, 16)).toBe(keyId);
  });

  it('matches a known vector and reads either base64 alphabet', async () => {
    const zeros = bytesToBase64(new Uint8Array(32));
    // SHA-256 of 32 zero bytes = 66687aadf862bd776c8fc18b8e9f8e20089714856ee233b3902a591d0d5f2925
    expect(await keyFingerprint(zeros)).toBe('6668 7AAD F862 BD77 6C8F C18B 8E9F 8E20');
    const urlKey = /&key=([^&]+)/.exec(linkOf(SUB))?.[1] ?? '';
    expect(await keyFingerprint(urlKey)).toBe(await keyFingerprint(KEY));
  });

  it('is null for anything that is not a 32-byte key', async () => {
    for (const text of ['', 'abc', bytesToBase64(new Uint8Array(31))])
      expect(await keyFingerprint(text)).toBeNull();
  });
});

describe('opening a link in a tab', () => {
  const OPTIONS = 'chrome-extension://abc/options.html';
  it.each([
    ['https://laipni.invalid/subscribe#v=1&url=x', true],
    ['https://laipni.invalid/subscribe', false],
    ['https://laipni.invalid/other#v=1', false],
    ['https://example.lv/subscribe#v=1', false],
  ])('%s → options page: %s', (url, opens) => {
    const target = optionsUrlForLink(url, OPTIONS);
    expect(target !== null).toBe(opens);
    if (target) {
      // The whole link (its fragment too) reaches the page, which shows it for confirmation.
      expect(target.startsWith(`${OPTIONS}?subscribe=`)).toBe(true);
      expect(target.endsWith('#packs')).toBe(true);
      const back = new URL(target).searchParams.get('subscribe');
      expect(back).toBe(url);
    }
  });
});
