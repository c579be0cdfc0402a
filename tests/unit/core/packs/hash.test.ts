import { describe, expect, it } from 'vitest';
import { canonicalJson, contentHash, fnv1a64 } from '../../../../lib/core/packs/pack-hash';

describe('hash', () => {
  it('matches FNV-1a 64 reference vectors', () => {
    expect(fnv1a64('')).toBe('cbf29ce484222325');
    expect(fnv1a64('a')).toBe('af63dc4c8601ec8c');
    expect(fnv1a64('foobar')).toBe('85944171f73967e8');
  });

  it('is independent of key order and skips undefined fields', () => {
    expect(canonicalJson({ b: 1, a: [{ d: 2, c: undefined }] })).toBe('{"a":[{"d":2}],"b":1}');
    expect(contentHash({ x: 1, y: 'ā' })).toBe(contentHash({ y: 'ā', x: 1 }));
    expect(contentHash({ x: 1 })).not.toBe(contentHash({ x: 2 }));
  });
});
