import type { LaipniDb } from './database';
import { getState, putState } from './state';

/**
 * Contact keys are HMAC-SHA-256 of the normalised contact (phone, e-mail or CRM record id) with a
 * per-installation secret, so a leaked database does not list customers' phone numbers. The
 * current contact is found by computing its key again.
 */

/** One spelling per contact: «+371 2612 3456», «26123456» and «0037126123456» are the same. */
export function normalizeContact(raw: string): string | null {
  const text = raw.trim().normalize('NFC');
  if (text === '') return null;
  if (/^(?:tel:)?[+\d\s().-]+$/i.test(text)) {
    let digits = text.replace(/\D/g, '');
    if (digits.startsWith('00')) digits = digits.slice(2);
    // Latvian numbers are 8 digits; a local spelling gets the country code.
    if (digits.length === 8) digits = `371${digits}`;
    return digits.length >= 3 ? `tel:${digits}` : null;
  }
  const mail = text.replace(/^mailto:/i, '');
  if (/^[^\s@]+@[^\s@]+$/.test(mail)) return `mail:${mail.toLowerCase()}`;
  return `id:${text.toLowerCase()}`;
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}

/** The installation secret (created once, 32 random bytes); a state row, so backups carry it. */
export async function getInstallationSecret(db: LaipniDb): Promise<string> {
  return db.transaction('rw', db.state, async () => {
    const found = await getState(db, 'installation');
    if (found) return found.secret;
    const secret = toBase64(crypto.getRandomValues(new Uint8Array(32)));
    await putState(db, 'installation', { secret });
    return secret;
  });
}

const keyCache = new Map<string, Promise<CryptoKey>>();

function importSecret(secret: string): Promise<CryptoKey> {
  let key = keyCache.get(secret);
  if (!key) {
    key = crypto.subtle.importKey(
      'raw',
      fromBase64(secret),
      { name: 'HMAC', hash: 'SHA-256' },
      false,
      ['sign'],
    );
    keyCache.set(secret, key);
  }
  return key;
}

/** HMAC-SHA-256 (hex) of a normalised contact; null when the text names no contact. */
export async function contactKeyWithSecret(secret: string, raw: string): Promise<string | null> {
  const normalized = normalizeContact(raw);
  if (normalized === null) return null;
  const key = await importSecret(secret);
  const mac = new Uint8Array(
    await crypto.subtle.sign('HMAC', key, new TextEncoder().encode(normalized)),
  );
  return Array.from(mac, (b) => b.toString(16).padStart(2, '0')).join('');
}

export async function computeContactKey(db: LaipniDb, raw: string): Promise<string | null> {
  return contactKeyWithSecret(await getInstallationSecret(db), raw);
}
