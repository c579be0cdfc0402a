import { base64ToBytes, bytesToBase64 } from '../lib/core/packs/base64';
import { UsageError } from './command';

/**
 * Signing keys on disk: the private key as PKCS#8 PEM (the format `openssl pkey` reads), the
 * public key as base64 of its raw 32 bytes (what policy and the options page pin).
 */

const ED25519 = { name: 'Ed25519' } as const;
const PEM_LABEL = 'PRIVATE KEY';

export function toPem(der: Uint8Array): string {
  const body = bytesToBase64(der).replace(/.{1,64}/g, '$&\n');
  return `-----BEGIN ${PEM_LABEL}-----\n${body}-----END ${PEM_LABEL}-----\n`;
}

export function fromPem(text: string): Uint8Array<ArrayBuffer> | null {
  const match = /-----BEGIN PRIVATE KEY-----([\s\S]+?)-----END PRIVATE KEY-----/.exec(text);
  const bytes = match?.[1] ? base64ToBytes(match[1]) : null;
  if (!bytes) return null;
  const out = new Uint8Array(bytes.length);
  out.set(bytes);
  return out;
}

export interface KeyPairFiles {
  privatePem: string;
  publicKey: string;
  raw: Uint8Array;
}

export async function generateKeyPair(): Promise<KeyPairFiles> {
  const pair = (await crypto.subtle.generateKey(ED25519, true, [
    'sign',
    'verify',
  ])) as CryptoKeyPair;
  const der = new Uint8Array(await crypto.subtle.exportKey('pkcs8', pair.privateKey));
  const raw = new Uint8Array(await crypto.subtle.exportKey('raw', pair.publicKey));
  return { privatePem: toPem(der), publicKey: bytesToBase64(raw), raw };
}

/** Imports a private key file; the public half comes from its JWK form (`x`). */
export async function loadPrivateKey(
  pem: string,
  file: string,
): Promise<{ privateKey: CryptoKey; raw: Uint8Array }> {
  const der = fromPem(pem);
  if (!der) throw new UsageError(`${file} is not a PEM private key (run "laipni keygen")`);
  let extractable: CryptoKey;
  try {
    extractable = await crypto.subtle.importKey('pkcs8', der, ED25519, true, ['sign']);
  } catch {
    throw new UsageError(`${file} is not an Ed25519 private key`);
  }
  const jwk = await crypto.subtle.exportKey('jwk', extractable);
  const raw = jwk.x
    ? base64ToBytes(jwk.x.replace(/-/g, '+').replace(/_/g, '/').padEnd(44, '='))
    : null;
  if (!raw || raw.length !== 32) throw new UsageError(`${file}: cannot derive the public key`);
  const privateKey = await crypto.subtle.importKey('pkcs8', der, ED25519, false, ['sign']);
  return { privateKey, raw };
}
