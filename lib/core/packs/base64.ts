/**
 * Base64 for keys and signatures. `btoa`/`atob` exist in browsers, workers and Node 16+, so the
 * pure layer needs neither Buffer nor the DOM.
 */

export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/** Null when the text is not base64 (spaces and line breaks are ignored, as in PEM bodies). */
export function base64ToBytes(text: string): Uint8Array | null {
  const clean = text.replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(clean) || clean.length % 4 !== 0) return null;
  try {
    const binary = atob(clean);
    const out = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
    return out;
  } catch {
    return null;
  }
}

export function bytesToHex(bytes: Uint8Array): string {
  let out = '';
  for (const byte of bytes) out += byte.toString(16).padStart(2, '0');
  return out;
}

/** Base64url without padding (RFC 4648 §5): no `+`, `/` or `=`, so it sits in a link unescaped. */
export function bytesToBase64Url(bytes: Uint8Array): string {
  return bytesToBase64(bytes).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Either alphabet, padded or not; null when the text is not base64. */
export function anyBase64ToBytes(text: string): Uint8Array | null {
  const clean = text
    .replace(/\s+/g, '')
    .replace(/-/g, '+')
    .replace(/_/g, '/')
    .replace(/={1,2}$/, '');
  if (clean.length % 4 === 1) return null;
  return base64ToBytes(clean.padEnd(Math.ceil(clean.length / 4) * 4, '='));
}
