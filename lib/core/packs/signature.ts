import type { SignatureEnvelope } from '../model/pack';
import { base64ToBytes, bytesToBase64, bytesToHex } from './base64';
import { canonicalJson } from './pack-hash';
import { keyFingerprint } from './subscription-link';

/**
 * Ed25519 signatures of packs, with WebCrypto (`crypto.subtle`, `{ name: 'Ed25519' }`), which
 * Chromium, Firefox and Node 22 all have, so no signing library is bundled.
 *
 * What is signed: the canonical JSON (keys sorted, no whitespace; `canonicalJson`) of the pack
 * document without `signature` and without the editors' `$schema` pointer, as UTF-8. Validation
 * drops `$schema`, so a stored pack verifies exactly like the file that was signed.
 *
 * Keys travel as base64 of the raw 32-byte public key. A key's id is `ed25519:` plus the first 16
 * hex digits of the SHA-256 of that key; the envelope names the id, so several pinned keys
 * (rotation) are tried without guessing. The envelope also carries the key itself, so an agent who
 * subscribes by URL can be shown its fingerprint and asked to trust it (trust on first use); a key
 * in the envelope proves nothing until someone pins it.
 */

export interface SignatureFailure {
  ok: false;
  reason: 'unsigned' | 'unknown-key' | 'bad-signature' | 'unsupported' | 'bad-key' | 'malformed';
  /** Shown to the agent and the lead: what happened and that nothing changed. */
  message: { lv: string; en: string };
}

export type SignatureCheck =
  | { ok: true; status: 'not-required' }
  | { ok: true; status: 'verified'; keyId: string }
  | SignatureFailure;

export interface PublicKeyInfo {
  keyId: string;
  /** Base64 of the raw 32-byte key, as pinned. */
  publicKey: string;
  raw: Uint8Array<ArrayBuffer>;
}

const ALGORITHM = { name: 'Ed25519' } as const;
const KEY_ID_PREFIX = 'ed25519:';

function defaultSubtle(): SubtleCrypto {
  return globalThis.crypto.subtle;
}

function fail(reason: SignatureFailure['reason'], lv: string, en: string): SignatureFailure {
  return { ok: false, reason, message: { lv, en } };
}

function toBuffer(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(bytes.length);
  out.set(bytes);
  return out;
}

/** The exact bytes a signature covers. */
export function signedBytes(document: Readonly<Record<string, unknown>>): Uint8Array<ArrayBuffer> {
  const copy: Record<string, unknown> = { ...document };
  delete copy.signature;
  delete copy.$schema;
  return toBuffer(new TextEncoder().encode(canonicalJson(copy)));
}

export async function keyIdOf(
  raw: Uint8Array,
  subtle: SubtleCrypto = defaultSubtle(),
): Promise<string> {
  const digest = new Uint8Array(await subtle.digest('SHA-256', toBuffer(raw)));
  return KEY_ID_PREFIX + bytesToHex(digest.subarray(0, 8));
}

/** Parses a pinned public key (base64 of 32 raw bytes); null when it is not one. */
export async function parsePublicKey(
  text: string,
  subtle: SubtleCrypto = defaultSubtle(),
): Promise<PublicKeyInfo | null> {
  const raw = base64ToBytes(text.trim());
  if (!raw || raw.length !== 32) return null;
  const buffer = toBuffer(raw);
  return { keyId: await keyIdOf(buffer, subtle), publicKey: bytesToBase64(buffer), raw: buffer };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function readEnvelope(value: unknown): SignatureEnvelope | null {
  if (!isRecord(value)) return null;
  const { algorithm, keyId, value: signature, publicKey } = value;
  if (algorithm !== 'ed25519' || typeof keyId !== 'string' || typeof signature !== 'string')
    return null;
  if (publicKey !== undefined && typeof publicKey !== 'string') return null;
  return { algorithm, keyId, value: signature, ...(publicKey ? { publicKey } : {}) };
}

/** A key id's 16 hex digits as the first four groups of a fingerprint, the rest unknown. */
function partialFingerprint(keyId: string): string {
  const hex = keyId.startsWith(KEY_ID_PREFIX) ? keyId.slice(KEY_ID_PREFIX.length) : keyId;
  return `${hex.toUpperCase().replace(/(.{4})(?!$)/g, '$1 ')} …`;
}

/**
 * The key the envelope names, as the agent compares it: the full fingerprint when the envelope
 * carries a key that hashes to its id, else the id's part of it.
 */
async function envelopeFingerprint(
  envelope: SignatureEnvelope,
  subtle: SubtleCrypto,
): Promise<{ fingerprint: string; key: PublicKeyInfo | null }> {
  const key = envelope.publicKey ? await parsePublicKey(envelope.publicKey, subtle) : null;
  if (key && key.keyId === envelope.keyId) {
    return { fingerprint: (await keyFingerprint(key.publicKey, subtle)) ?? '', key };
  }
  return { fingerprint: partialFingerprint(envelope.keyId), key: null };
}

async function checkWith(
  key: PublicKeyInfo,
  envelope: SignatureEnvelope,
  document: Readonly<Record<string, unknown>>,
  subtle: SubtleCrypto,
): Promise<SignatureCheck> {
  const signature = base64ToBytes(envelope.value);
  if (!signature || signature.length !== 64) {
    return fail(
      'bad-signature',
      'Pakas paraksts nav derīgs Ed25519 paraksts. Paka netika instalēta.',
      "The pack's signature is not a valid Ed25519 signature. The pack was not installed.",
    );
  }
  let publicKey: CryptoKey;
  try {
    publicKey = await subtle.importKey('raw', key.raw, ALGORITHM, false, ['verify']);
  } catch {
    return fail(
      'unsupported',
      'Šī pārlūkprogramma nevar pārbaudīt Ed25519 parakstus, tāpēc parakstīto paku nevar instalēt.',
      'This browser cannot check Ed25519 signatures, so the signed pack cannot be installed.',
    );
  }
  const good = await subtle.verify(
    ALGORITHM,
    publicKey,
    toBuffer(signature),
    signedBytes(document),
  );
  if (!good) {
    return fail(
      'bad-signature',
      'Pakas paraksts neatbilst tās saturam: paka ir mainīta pēc parakstīšanas vai parakstīta ar citu atslēgu. Paka netika instalēta; nekas netika mainīts.',
      "The pack's signature does not match its content: it was changed after signing or signed with another key. The pack was not installed; nothing changed.",
    );
  }
  return { ok: true, status: 'verified', keyId: key.keyId };
}

function failedCheck(error: unknown): SignatureFailure {
  const detail = error instanceof Error ? error.message : String(error);
  return fail(
    'bad-signature',
    `Parakstu neizdevās pārbaudīt: ${detail}. Paka netika instalēta.`,
    `The signature could not be checked: ${detail}. The pack was not installed.`,
  );
}

/**
 * Checks a pack document (parsed JSON) against the pinned keys. With no key pinned every pack is
 * accepted (`not-required`); with one or more, only a pack signed by one of them is.
 * Never throws.
 */
export async function verifyPackSignature(
  document: unknown,
  pinnedKeys: readonly string[],
  subtle: SubtleCrypto = defaultSubtle(),
): Promise<SignatureCheck> {
  if (pinnedKeys.length === 0) return { ok: true, status: 'not-required' };
  if (!isRecord(document))
    return fail('malformed', 'Paka nav JSON objekts.', 'The pack is not a JSON object.');
  if (document.signature === undefined) {
    return fail(
      'unsigned',
      'Paka nav parakstīta, bet ir noteikta publiskā atslēga, ar kuru pakām jābūt parakstītām. Paka netika instalēta; iepriekšējā versija paliek spēkā.',
      'The pack is not signed, but a public key that packs must be signed with is pinned. The pack was not installed; the previous version stays in use.',
    );
  }
  const envelope = readEnvelope(document.signature);
  if (!envelope) {
    return fail(
      'malformed',
      'Pakas paraksts ir bojāts (vajag algorithm «ed25519», keyId un value). Paka netika instalēta.',
      'The pack\'s signature is malformed (it needs algorithm "ed25519", keyId and value). The pack was not installed.',
    );
  }
  try {
    const keys = (await Promise.all(pinnedKeys.map((k) => parsePublicKey(k, subtle)))).filter(
      (k): k is PublicKeyInfo => k !== null,
    );
    const key = keys.find((k) => k.keyId === envelope.keyId);
    if (!key) {
      const theirs = (await envelopeFingerprint(envelope, subtle)).fingerprint;
      const ours = (await Promise.all(keys.map((k) => keyFingerprint(k.publicKey, subtle))))
        .filter((f): f is string => f !== null)
        .join('; ');
      return fail(
        'unknown-key',
        `Paka parakstīta ar atslēgu ${theirs}, bet uzticama ir tikai atslēga ${ours}. Paka netika instalēta; iepriekšējā versija paliek spēkā. Ja vadītājs mainījis atslēgu, pārbaudiet jauno nospiedumu pie vadītāja.`,
        `The pack is signed with key ${theirs}, but only key ${ours} is trusted. The pack was not installed; the previous version stays in use. If your lead changed keys, check the new fingerprint with them.`,
      );
    }
    return await checkWith(key, envelope, document, subtle);
  } catch (error) {
    return failedCheck(error);
  }
}

/** What a pack says about its signature, before anyone trusts its key (trust on first use). */
export type SignatureInfo =
  | { status: 'unsigned' }
  | { status: 'malformed'; message: { lv: string; en: string } }
  | {
      status: 'signed';
      keyId: string;
      /** The full fingerprint when the pack carries its key, else the key id's part and «…». */
      fingerprint: string;
      /** The key the pack carries (base64), when it hashes to the key id; null otherwise. */
      publicKey: string | null;
      /**
       * `verified`: the signature checks with the key the pack carries (pinning it is safe to
       * offer); `no-key`: an older signature without the key (the lead's link is needed);
       * otherwise why the signature fails.
       */
      check: 'verified' | 'no-key' | SignatureFailure;
    };

/** Describes a pack document's signature and checks it against the key it carries. Never throws. */
export async function describeSignature(
  document: unknown,
  subtle: SubtleCrypto = defaultSubtle(),
): Promise<SignatureInfo> {
  if (!isRecord(document) || document.signature === undefined) return { status: 'unsigned' };
  const envelope = readEnvelope(document.signature);
  if (!envelope) {
    return {
      status: 'malformed',
      message: {
        lv: 'Pakas paraksts ir bojāts (vajag algorithm «ed25519», keyId un value).',
        en: 'The pack\'s signature is malformed (it needs algorithm "ed25519", keyId and value).',
      },
    };
  }
  try {
    const { fingerprint, key } = await envelopeFingerprint(envelope, subtle);
    const base = { status: 'signed' as const, keyId: envelope.keyId, fingerprint };
    if (!key) return { ...base, publicKey: null, check: 'no-key' };
    const checked = await checkWith(key, envelope, document, subtle);
    return { ...base, publicKey: key.publicKey, check: checked.ok ? 'verified' : checked };
  } catch (error) {
    return {
      status: 'signed',
      keyId: envelope.keyId,
      fingerprint: partialFingerprint(envelope.keyId),
      publicKey: null,
      check: failedCheck(error),
    };
  }
}

/**
 * Signs a pack document: returns a copy with `signature` set (placed last, so a signed file reads
 * like the original with one field added). `publicKey` is the raw key the id is derived from; the
 * envelope carries it too (for trust on first use).
 */
export async function signPackDocument(
  document: Readonly<Record<string, unknown>>,
  privateKey: CryptoKey,
  publicKey: Uint8Array,
  subtle: SubtleCrypto = defaultSubtle(),
): Promise<Record<string, unknown>> {
  const signature = new Uint8Array(await subtle.sign(ALGORITHM, privateKey, signedBytes(document)));
  const copy: Record<string, unknown> = { ...document };
  delete copy.signature;
  const envelope: SignatureEnvelope = {
    algorithm: 'ed25519',
    keyId: await keyIdOf(publicKey, subtle),
    value: bytesToBase64(signature),
    publicKey: bytesToBase64(publicKey),
  };
  return { ...copy, signature: envelope };
}
