import { describe, expect, it } from 'vitest';
import { bytesToBase64 } from '../../../../lib/core/packs/base64';
import {
  describeSignature,
  keyIdOf,
  parsePublicKey,
  signPackDocument,
  signedBytes,
  verifyPackSignature,
} from '../../../../lib/core/packs/signature';
import { keyFingerprint } from '../../../../lib/core/packs/subscription-link';
import { samplePack } from '../../../fixtures/sample-pack';
import { signingKey } from '../../../fixtures/signing-key';

const keyPair = signingKey;

function doc(): Record<string, unknown> {
  return JSON.parse(JSON.stringify(samplePack())) as Record<string, unknown>;
}

describe('pack signatures (WebCrypto Ed25519)', () => {
  it('a signed pack verifies against its pinned key, whatever the key order or $schema', async () => {
    const k = await keyPair();
    const signed = await signPackDocument(doc(), k.privateKey, k.raw);
    expect(signed.signature).toMatchObject({ algorithm: 'ed25519', keyId: await keyIdOf(k.raw) });
    expect(Object.keys(signed).at(-1)).toBe('signature');
    const reordered = Object.fromEntries(Object.entries(signed).reverse());
    reordered.$schema = 'https://example.lv/pack.schema.json';
    for (const candidate of [signed, reordered]) {
      expect(await verifyPackSignature(candidate, [k.publicKey])).toEqual({
        ok: true,
        status: 'verified',
        keyId: await keyIdOf(k.raw),
      });
    }
  });

  it('refuses a tampered pack with a bilingual message', async () => {
    const k = await keyPair();
    const signed = await signPackDocument(doc(), k.privateKey, k.raw);
    const tampered = { ...signed, version: '9.9.9' };
    const check = await verifyPackSignature(tampered, [k.publicKey]);
    expect(check).toMatchObject({ ok: false, reason: 'bad-signature' });
    if (!check.ok) {
      expect(check.message.en).toContain('changed after signing');
      expect(check.message.lv).toContain('mainīta pēc parakstīšanas');
    }
  });

  it('with a pinned key refuses unsigned packs and packs signed by another key', async () => {
    const pinned = await keyPair();
    const other = await keyPair();
    expect(await verifyPackSignature(doc(), [pinned.publicKey])).toMatchObject({
      ok: false,
      reason: 'unsigned',
      message: { en: expect.stringContaining('not signed') },
    });
    const byOther = await signPackDocument(doc(), other.privateKey, other.raw);
    const refused = await verifyPackSignature(byOther, [pinned.publicKey]);
    expect(refused).toMatchObject({ ok: false, reason: 'unknown-key' });
    // Both fingerprints are named, so the agent can tell the lead which key came.
    for (const key of [pinned, other]) {
      const fingerprint = (await keyFingerprint(key.publicKey)) as string;
      expect(!refused.ok && refused.message.en).toContain(fingerprint);
      expect(!refused.ok && refused.message.lv).toContain(fingerprint);
    }
    // Key rotation: either pinned key is accepted.
    expect(await verifyPackSignature(byOther, [pinned.publicKey, other.publicKey])).toMatchObject({
      ok: true,
      status: 'verified',
    });
  });

  it('without a pinned key any pack is accepted; malformed envelopes are refused', async () => {
    const k = await keyPair();
    expect(await verifyPackSignature(doc(), [])).toEqual({ ok: true, status: 'not-required' });
    const bad = { ...doc(), signature: { algorithm: 'rsa', keyId: 'x', value: 'y' } };
    expect(await verifyPackSignature(bad, [k.publicKey])).toMatchObject({ reason: 'malformed' });
    const short = {
      ...doc(),
      signature: { algorithm: 'ed25519', keyId: await keyIdOf(k.raw), value: 'AAAA' },
    };
    expect(await verifyPackSignature(short, [k.publicKey])).toMatchObject({
      reason: 'bad-signature',
    });
    expect(await verifyPackSignature('not a pack', [k.publicKey])).toMatchObject({
      reason: 'malformed',
    });
  });

  it('parses only 32-byte base64 public keys; the signed bytes omit signature and $schema', async () => {
    const k = await keyPair();
    expect(await parsePublicKey(k.publicKey)).toMatchObject({ publicKey: k.publicKey });
    expect(await parsePublicKey('abc')).toBeNull();
    expect(await parsePublicKey(bytesToBase64(new Uint8Array(31)))).toBeNull();
    const text = new TextDecoder().decode(
      signedBytes({ b: 1, a: 2, signature: { x: 1 }, $schema: 's' }),
    );
    expect(text).toBe('{"a":2,"b":1}');
  });

  it('describes a signature before its key is trusted (trust on first use)', async () => {
    const k = await keyPair();
    const signed = await signPackDocument(doc(), k.privateKey, k.raw);
    expect(signed.signature).toMatchObject({ publicKey: k.publicKey });
    expect(await describeSignature(signed)).toEqual({
      status: 'signed',
      keyId: await keyIdOf(k.raw),
      fingerprint: await keyFingerprint(k.publicKey),
      publicKey: k.publicKey,
      check: 'verified',
    });
    expect(await describeSignature(doc())).toEqual({ status: 'unsigned' });

    // Changed after signing: the key it carries does not verify it, so it is never offered.
    const tampered = await describeSignature({ ...signed, version: '9.9.9' });
    expect(tampered).toMatchObject({ status: 'signed', check: { reason: 'bad-signature' } });

    // An older envelope without the key: only the key id's part of the fingerprint is known.
    const envelope = { ...(signed.signature as Record<string, unknown>) };
    delete envelope.publicKey;
    const old = await describeSignature({ ...signed, signature: envelope });
    const idPart = (await keyIdOf(k.raw)).slice('ed25519:'.length).toUpperCase();
    expect(old).toMatchObject({ status: 'signed', publicKey: null, check: 'no-key' });
    expect(old.status === 'signed' && old.fingerprint.replace(/[ …]/g, '')).toBe(idPart);

    // A carried key that does not hash to the key id is not the signer's.
    const other = await keyPair();
    const swapped = await describeSignature({
      ...signed,
      signature: { ...envelope, publicKey: other.publicKey },
    });
    expect(swapped).toMatchObject({ status: 'signed', publicKey: null, check: 'no-key' });
    expect(
      await describeSignature({ ...signed, signature: { algorithm: 'ed25519', keyId: 1 } }),
    ).toMatchObject({ status: 'malformed' });
  });
});
