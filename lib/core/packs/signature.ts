import type { SignatureEnvelope } from '../model/pack';
import { base64ToBytes, bytesToBase64, bytesToHex } from './base64';
import { canonicalJson } from './pack-hash';

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
 * (rotation) are tried without guessing.
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
  const { algorithm, keyId, value: signature } = value;
  if (algorithm !== 'ed25519' || typeof keyId !== 'string' || typeof signature !== 'string')
    return null;
  return { algorithm, keyId, value: signature };
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
      return fail(
        'unknown-key',
        `Paka parakstīta ar atslēgu ${envelope.keyId}, kas nav starp noteiktajām atslēgām. Paka netika instalēta.`,
        `The pack is signed with key ${envelope.keyId}, which is not one of the pinned keys. The pack was not installed.`,
      );
    }
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
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return fail(
      'bad-signature',
      `Parakstu neizdevās pārbaudīt: ${detail}. Paka netika instalēta.`,
      `The signature could not be checked: ${detail}. The pack was not installed.`,
    );
  }
}

/**
 * Signs a pack document: returns a copy with `signature` set (placed last, so a signed file reads
 * like the original with one field added). `publicKey` is the raw key the id is derived from.
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
  };
  return { ...copy, signature: envelope };
}
