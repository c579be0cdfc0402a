import { describe, expect, it } from 'vitest';
import { signPackDocument } from '../../../lib/core/packs/signature';
import { getPack } from '../../../lib/data/packs';
import { importPackFile } from '../../../lib/data/pack-file-import';
import { putPolicyState } from '../../../lib/data/policy-state';
import { samplePack } from '../../fixtures/sample-pack';
import { signingKey as keyPair } from '../../fixtures/signing-key';
import { freshDbsClosedAfterEach } from './helpers';

const db = freshDbsClosedAfterEach();

async function withPolicyKeys(keys: string[]) {
  const made = db();
  await putPolicyState(made, {
    source: 'managed',
    appliedAt: 1,
    policy: { publicKeys: keys },
    managed: ['publicKeys'],
    problems: [],
    inlinePackIds: [],
  });
  return made;
}

describe('importing a pack file under company policy', () => {
  it('without policy keys a file installs as before, signed or not', async () => {
    const target = db();
    const result = await importPackFile(target, JSON.stringify(samplePack()), { origin: 'a.json' });
    expect(result).toMatchObject({ ok: true, action: 'install' });
  });

  it('with policy keys an unsigned file, or one signed with another key, installs nothing and says why', async () => {
    const company = await keyPair();
    const stranger = await keyPair();
    const target = await withPolicyKeys([company.publicKey]);
    const pack = samplePack();

    const unsigned = await importPackFile(target, JSON.stringify(pack), { origin: 'a.json' });
    expect(unsigned).toMatchObject({
      ok: false,
      reason: 'invalid',
      errors: [
        {
          path: 'signature',
          lv: expect.stringContaining('Uzņēmuma politika pieņem tikai pakas'),
          en: expect.stringContaining('Company policy accepts only packs signed with its keys'),
        },
      ],
    });
    const theirs = await signPackDocument(pack as never, stranger.privateKey, stranger.raw);
    const other = await importPackFile(target, JSON.stringify(theirs), { origin: 'b.json' });
    expect(other).toMatchObject({ ok: false, reason: 'invalid' });
    expect(await getPack(target, pack.id)).toBeUndefined();

    const ours = await signPackDocument(pack as never, company.privateKey, company.raw);
    const good = await importPackFile(target, JSON.stringify(ours), { origin: 'c.json' });
    expect(good).toMatchObject({ ok: true, action: 'install' });
    expect((await getPack(target, pack.id))?.version).toBe(pack.version);
  });

  it('a file that is not JSON gets the import’s own message, policy or not', async () => {
    const target = await withPolicyKeys([(await keyPair()).publicKey]);
    const result = await importPackFile(target, '{"format":', { origin: 'x.json' });
    expect(result).toMatchObject({ ok: false, reason: 'invalid' });
    if (!result.ok) expect(result.errors[0]?.path).not.toBe('signature');
  });
});
