import { checkSubscriptionUrl } from '../model/distribution';
import { anyBase64ToBytes, bytesToBase64, bytesToBase64Url, bytesToHex } from './base64';

/**
 * The one-step subscription a team lead hands to agents: the pack's URL, the lead's public key
 * and the team's name in one link.
 *
 *   https://laipni.invalid/subscribe#v=1&url=https://packs.acme.lv/sales.json&key=<base64url>&name=Rīgas%20komanda
 *
 * Why this shape: an https link is what chat, e-mail and QR readers turn into something to click,
 * which a custom scheme is not. `.invalid` is reserved (RFC 6761) and never resolves, so without
 * the extension the click goes nowhere, and the parameters ride in the fragment, which a browser
 * never sends anywhere. The extension recognises the link (pasted into the options page, or by
 * watching navigations to that address) and opens the options page with it. The key travels as
 * base64url (no `+ / =` to escape); `parseSubscriptionLink` gives it back as the base64 that
 * pinned keys use.
 */

export const SUBSCRIPTION_LINK_BASE = 'https://laipni.invalid/subscribe';
export const SUBSCRIPTION_LINK_VERSION = '1';
export const SUBSCRIPTION_NAME_MAX = 100;
export const SUBSCRIPTION_URL_MAX = 2048;
/** A pasted text longer than this is not a link of ours; refused before parsing. */
const LINK_MAX = 8192;

export interface Subscription {
  /** The pack's URL (https, or http on this computer only). */
  url: string;
  /** Base64 of the raw 32-byte Ed25519 public key, as pinned keys are stored. */
  publicKey: string;
  /** The team's name as the lead wrote it (NFC, trimmed). */
  name: string;
}

export type SubscriptionLinkProblem = 'not-a-link' | 'version' | 'url' | 'key' | 'name';

export type SubscriptionLinkResult =
  | { ok: true; subscription: Subscription; link: string }
  | { ok: false; problem: SubscriptionLinkProblem; message: { lv: string; en: string } };

type Failure = Extract<SubscriptionLinkResult, { ok: false }>;

function fail(problem: SubscriptionLinkProblem, lv: string, en: string): Failure {
  return { ok: false, problem, message: { lv, en } };
}

/** C0/C1 controls, line and paragraph separators, and the bidi controls that can make a name read as another. */
const UNSAFE_NAME = /[\p{Cc}\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/u;

function checkUrl(text: string): string | Failure {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return fail('url', 'Pakas adrese nav derīga saite.', "The pack's address is not a valid URL.");
  }
  // The same rule as subscriptions added in the options page.
  if (!checkSubscriptionUrl(url.href).ok) {
    return fail(
      'url',
      'Pakas adresei jāsākas ar https:// (http:// tikai šim datoram: localhost, 127.0.0.1).',
      "The pack's address must start with https:// (http:// only for this computer: localhost, 127.0.0.1).",
    );
  }
  if (url.username || url.password) {
    return fail(
      'url',
      'Pakas adresē nedrīkst būt lietotājvārds vai parole: saiti redz katrs, kam to nosūta.',
      "The pack's address may not hold a user name or password: everyone the link is sent to can read it.",
    );
  }
  if (url.href.length > SUBSCRIPTION_URL_MAX) {
    return fail(
      'url',
      `Pakas adrese ir par garu (ne vairāk kā ${SUBSCRIPTION_URL_MAX} rakstzīmes).`,
      `The pack's address is too long (at most ${SUBSCRIPTION_URL_MAX} characters).`,
    );
  }
  return url.href;
}

function checkKey(text: string): string | Failure {
  const raw = anyBase64ToBytes(text.trim());
  if (!raw || raw.length !== 32) {
    return fail(
      'key',
      'Publiskajai atslēgai jābūt 32 baitu Ed25519 atslēgai base64 formā (kā «laipni keygen» to izdrukā).',
      'The public key must be a 32-byte Ed25519 key in base64 (as "laipni keygen" prints it).',
    );
  }
  return bytesToBase64(raw);
}

function checkName(text: string): string | Failure {
  const name = text.normalize('NFC').trim();
  if (name === '') return fail('name', 'Komandas nosaukums ir tukšs.', "The team's name is empty.");
  if ([...name].length > SUBSCRIPTION_NAME_MAX) {
    return fail(
      'name',
      `Komandas nosaukums ir par garu (ne vairāk kā ${SUBSCRIPTION_NAME_MAX} rakstzīmes).`,
      `The team's name is too long (at most ${SUBSCRIPTION_NAME_MAX} characters).`,
    );
  }
  if (UNSAFE_NAME.test(name)) {
    return fail(
      'name',
      'Komandas nosaukumā nedrīkst būt vadības rakstzīmes vai teksta virziena zīmes.',
      "The team's name may not contain control characters or text-direction marks.",
    );
  }
  return name;
}

/** Checks and normalises the three parts; the first problem found is returned. */
export function checkSubscription(input: Subscription): Subscription | Failure {
  const url = checkUrl(input.url);
  if (typeof url !== 'string') return url;
  const publicKey = checkKey(input.publicKey);
  if (typeof publicKey !== 'string') return publicKey;
  const name = checkName(input.name);
  if (typeof name !== 'string') return name;
  return { url, publicKey, name };
}

/** Percent-encodes a value for the fragment, leaving `:` `/` `@` readable (legal there). */
function encodeValue(value: string): string {
  return encodeURIComponent(value).replace(/%(?:3A|2F|40)/g, (m) => decodeURIComponent(m));
}

function linkOf(s: Subscription): string {
  const key = bytesToBase64Url(anyBase64ToBytes(s.publicKey) ?? new Uint8Array());
  return `${SUBSCRIPTION_LINK_BASE}#v=${SUBSCRIPTION_LINK_VERSION}&url=${encodeValue(s.url)}&key=${key}&name=${encodeValue(s.name)}`;
}

/** The link for a subscription, or why the subscription cannot be one. */
export function formatSubscriptionLink(input: Subscription): SubscriptionLinkResult {
  const subscription = checkSubscription(input);
  if ('ok' in subscription) return subscription;
  return { ok: true, subscription, link: linkOf(subscription) };
}

const NOT_A_LINK = (): Failure =>
  fail(
    'not-a-link',
    `Tā nav Laipni abonēšanas saite (tai jāsākas ar ${SUBSCRIPTION_LINK_BASE}#).`,
    `This is not a Laipni subscription link (it starts with ${SUBSCRIPTION_LINK_BASE}#).`,
  );

/**
 * Reads a link an agent pasted (surrounding spaces and `<…>` from e-mail are fine). Never throws;
 * every refusal says in Latvian and English what is wrong.
 */
export function parseSubscriptionLink(text: string): SubscriptionLinkResult {
  if (text.length > LINK_MAX) return NOT_A_LINK();
  const trimmed = text
    .trim()
    .replace(/^<(.*)>$/s, '$1')
    .trim();
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return NOT_A_LINK();
  }
  if (`${url.origin}${url.pathname}` !== SUBSCRIPTION_LINK_BASE || url.hash.length < 2)
    return NOT_A_LINK();
  const params = new URLSearchParams(url.hash.slice(1));
  const one = (key: string): string | null | undefined => {
    const all = params.getAll(key);
    return all.length > 1 ? undefined : (all[0] ?? null);
  };
  const version = one('v');
  if (version === null || version === undefined) return NOT_A_LINK();
  if (version !== SUBSCRIPTION_LINK_VERSION) {
    return fail(
      'version',
      'Šo saiti izveidojusi jaunāka Laipni versija; atjauniniet paplašinājumu.',
      'This link was made by a newer version of Laipni; update the extension.',
    );
  }
  const [url_, key, name] = [one('url'), one('key'), one('name')];
  if (url_ === undefined || key === undefined || name === undefined) {
    return fail(
      'not-a-link',
      'Saitē kāda daļa (url, key, name) ir divreiz; tā ir bojāta.',
      'A part of the link (url, key, name) appears twice; the link is damaged.',
    );
  }
  if (url_ === null)
    return fail('url', 'Saitē nav pakas adreses.', 'The link has no pack address.');
  if (key === null)
    return fail('key', 'Saitē nav publiskās atslēgas.', 'The link has no public key.');
  if (name === null)
    return fail('name', 'Saitē nav komandas nosaukuma.', 'The link has no team name.');
  return formatSubscriptionLink({ url: url_, publicKey: key, name });
}

/**
 * What an agent compares with the lead by voice or chat before trusting a key: the first 16 bytes
 * of the SHA-256 of the raw key in groups of four hex digits, `AB12 CD34 …` (8 groups). The first
 * four groups are the key id `ed25519:…` that `laipni keygen` prints, in capitals. Null when the
 * text is not a 32-byte key.
 */
export async function keyFingerprint(
  publicKey: string,
  subtle: SubtleCrypto = globalThis.crypto.subtle,
): Promise<string | null> {
  const raw = anyBase64ToBytes(publicKey.trim());
  if (!raw || raw.length !== 32) return null;
  const copy = new Uint8Array(raw.length);
  copy.set(raw);
  const digest = new Uint8Array(await subtle.digest('SHA-256', copy));
  return bytesToHex(digest.subarray(0, 16))
    .toUpperCase()
    .replace(/(.{4})(?!$)/g, '$1 ');
}

/** The options page address that shows the link for confirmation, or null for other URLs. */
export function optionsUrlForLink(tabUrl: string, optionsPage: string): string | null {
  if (!tabUrl.startsWith(`${SUBSCRIPTION_LINK_BASE}#`)) return null;
  return `${optionsPage}?subscribe=${encodeURIComponent(tabUrl)}#packs`;
}
