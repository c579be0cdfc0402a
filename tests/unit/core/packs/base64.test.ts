import { describe, expect, it } from 'vitest';
import {
  anyBase64ToBytes,
  base64ToBytes,
  bytesToBase64,
  bytesToBase64Url,
} from '../../../../lib/core/packs/base64';

describe('base64 and base64url', () => {
  it('round-trips every length through both alphabets', () => {
    for (let n = 0; n <= 40; n++) {
      const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 97 + n * 31) & 0xff);
      const url = bytesToBase64Url(bytes);
      expect(url).not.toMatch(/[+/=]/);
      expect(anyBase64ToBytes(url)).toEqual(bytes);
      expect(anyBase64ToBytes(bytesToBase64(bytes))).toEqual(bytes);
      expect(base64ToBytes(bytesToBase64(bytes))).toEqual(bytes);
    }
  });

  it('refuses what is not base64', () => {
    for (const text of ['a', 'ab$c', 'abcde', '====', 'a=b'])
      expect(anyBase64ToBytes(text)).toBeNull();
  });
});
