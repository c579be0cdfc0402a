import { describe, expect, it } from 'vitest';
import { main } from '../../../cli/index';
import { diffPacks } from '../../../lib/core/packs/pack-diff';
import { formatPackDiff } from '../../../lib/core/packs/pack-diff-text';
import { verifyPackSignature } from '../../../lib/core/packs/signature';
import type { Pack } from '../../../lib/core/model/pack';
import { samplePack } from '../../fixtures/sample-pack';
import { memoryIo } from './memory-io';

function updated(): Pack {
  const pack = samplePack();
  return {
    ...pack,
    version: '1.3.0',
    rules: [
      ...pack.rules.slice(1),
      {
        id: 'zilonis',
        severity: 'warning',
        match: { kind: 'phrase', phrases: ['zilonis'] },
        reason: { lv: 'Nē.', en: 'No.' },
        replacements: [],
      },
    ],
    changelog: [{ version: '1.3.0', notes: { lv: 'Zilonis', en: 'Elephant' } }],
  };
}

describe('laipni keygen and sign', () => {
  it('makes a key pair, signs a pack with it, and the extension accepts the signature', async () => {
    const fs = memoryIo({ 'pack.json': JSON.stringify(samplePack(), null, 2) });
    expect(await main(['keygen', '--out', 'team'], fs.io)).toBe(0);
    expect(fs.files['team.key']).toMatch(/^-----BEGIN PRIVATE KEY-----\n/);
    expect(fs.modes['team.key']).toBe(0o600);
    const publicKey = (fs.files['team.pub'] ?? '').trim();
    expect(publicKey).toMatch(/^[A-Za-z0-9+/]{43}=$/);
    expect(fs.out()).toContain(publicKey);
    expect(fs.out()).toMatch(/Key id: +ed25519:[0-9a-f]{16}/);

    // A second keygen does not overwrite the secret key.
    expect(await main(['keygen', '--out', 'team'], fs.io)).toBe(2);
    expect(fs.err()).toContain('use --force');

    expect(
      await main(['sign', 'pack.json', '--key', 'team.key', '--out', 'signed.json'], fs.io),
    ).toBe(0);
    const signed = JSON.parse(fs.files['signed.json'] ?? '') as Record<string, unknown>;
    expect(signed.signature).toMatchObject({ algorithm: 'ed25519' });
    expect(await verifyPackSignature(signed, [publicKey])).toMatchObject({
      ok: true,
      status: 'verified',
    });
    expect(await verifyPackSignature({ ...signed, name: 'Cits' }, [publicKey])).toMatchObject({
      ok: false,
    });
    // Signing in place replaces the file.
    expect(await main(['sign', 'pack.json', '--key', 'team.key'], fs.io)).toBe(0);
    expect(JSON.parse(fs.files['pack.json'] ?? '')).toHaveProperty('signature');
  });

  it('refuses to sign an invalid pack or with a file that is not a key', async () => {
    const fs = memoryIo({
      'bad.json': JSON.stringify({ ...samplePack(), version: 'one' }),
      'pack.json': JSON.stringify(samplePack()),
      'nokey.pem': 'hello',
    });
    expect(await main(['keygen'], fs.io)).toBe(0);
    expect(await main(['sign', 'bad.json', '--key', 'laipni-signing.key'], fs.io)).toBe(1);
    expect(fs.err()).toContain('bad.json is not a valid pack');
    expect(await main(['sign', 'pack.json', '--key', 'nokey.pem'], fs.io)).toBe(2);
    expect(fs.err()).toContain('nokey.pem is not a PEM private key');
    expect(await main(['sign', 'pack.json'], fs.io)).toBe(2);
  });
});

describe('laipni test', () => {
  it('passes a pack whose examples hold and prints each failing example', async () => {
    const failing = samplePack();
    const first = failing.rules[0];
    if (first)
      first.examples = { match: ['Es nezinu.', 'Viss kārtībā.'], noMatch: ['Es nezinu, vai.'] };
    const fs = memoryIo({
      'good.json': JSON.stringify(samplePack()),
      'failing.json': JSON.stringify(failing),
    });
    expect(await main(['test', 'good.json'], fs.io)).toBe(0);
    expect(fs.out()).toMatch(/^good\.json: all \d+ examples pass\n/);
    expect(await main(['test', 'failing.json'], fs.io)).toBe(1);
    expect(fs.out()).toMatch(/failing\.json: 1 of \d+ examples fail\n/);
    expect(fs.out()).toContain(
      '  rules[0].examples.match[1]: The rule "es-nezinu" does not flag the example "Viss kārtībā."',
    );
    expect(await main(['test', '--lang', 'lv', 'failing.json'], fs.io)).toBe(1);
    expect(fs.out()).toContain('neizpildās 1 no');
    expect(await main(['test', 'missing.json'], fs.io)).toBe(2);
  });
});

describe('laipni diff', () => {
  it('prints the same summary the agent sees', async () => {
    const fs = memoryIo({
      'old.json': JSON.stringify(samplePack()),
      'new.json': JSON.stringify(updated()),
    });
    expect(await main(['diff', 'old.json', 'new.json'], fs.io)).toBe(0);
    expect(fs.out()).toBe(formatPackDiff(diffPacks(samplePack(), updated()), 'en'));
    expect(fs.out()).toContain('+ zilonis');
    expect(fs.out()).toContain('- es-nezinu');
    expect(fs.out()).toContain('1.3.0: Elephant');
    expect(await main(['diff', '--json', 'old.json', 'new.json'], fs.io)).toBe(0);
    expect(await main(['diff', 'old.json'], fs.io)).toBe(2);
    expect(await main(['diff', 'old.json', 'nope.json'], fs.io)).toBe(2);
  });
});
