import { describe, expect, it } from 'vitest';
import { main } from '../../../cli/index';
import type { Io } from '../../../cli/io';
import { samplePack } from '../../fixtures/sample-pack';

async function run(argv: string[], files: Record<string, string>) {
  let out = '';
  let err = '';
  const io: Io = {
    out: (t) => {
      out += t;
    },
    err: (t) => {
      err += t;
    },
    readFile: async (path) => {
      const content = files[path];
      if (content === undefined) throw new Error(`ENOENT: no such file, open '${path}'`);
      return content;
    },
    readStdin: async () => null,
  };
  const code = await main(['validate', ...argv], io);
  return { code, out, err };
}

const good = JSON.stringify(samplePack());
const bad = JSON.stringify({
  ...samplePack(),
  minEngineVersion: '99.0.0',
  rules: [
    { ...samplePack().rules[0], match: { kind: 'regex', pattern: '.*' } },
    samplePack().rules[0],
  ],
});

describe('laipni validate', () => {
  it('exits 0 and summarises a valid pack', async () => {
    const r = await run(['good.json'], { 'good.json': good });
    expect(r).toMatchObject({ code: 0, err: '' });
    expect(r.out).toBe('good.json: valid (acme.sales 1.2.0, 11 rules)\n');
  });

  it('exits 1 and lists every error with its path', async () => {
    const r = await run(['good.json', 'bad.json'], { 'good.json': good, 'bad.json': bad });
    expect(r.code).toBe(1);
    expect(r.out).toContain('bad.json: invalid, 3 errors\n');
    expect(r.out).toContain('  rules[0].match.kind: Unknown match kind "regex"');
    expect(r.out).toContain('  rules[1].id: Rule id "es-nezinu" is repeated');
    expect(r.out).toContain('  minEngineVersion: The pack needs engine version 99.0.0 or newer');
  });

  it('speaks Latvian on request and reports failing examples', async () => {
    const pack = samplePack();
    pack.rules[0]!.examples = { match: ['Viss kārtībā.'] };
    const r = await run(['--lang', 'lv', 'p.json'], { 'p.json': JSON.stringify(pack) });
    expect(r.code).toBe(1);
    expect(r.out).toContain(
      'p.json: nederīga, kļūdas: 1\n  rules[0].examples.match[0]: Noteikums «es-nezinu» neatzīmē piemēru',
    );
    expect((await run(['--no-examples', 'p.json'], { 'p.json': JSON.stringify(pack) })).code).toBe(
      0,
    );
  });

  it('exits 2 for an unreadable file but still validates the others', async () => {
    const r = await run(['missing.json', 'bad.json'], { 'bad.json': bad });
    expect(r.code).toBe(2);
    expect(r.err).toContain('cannot read missing.json');
    expect(r.out).toContain('bad.json: invalid');
  });

  it('prints JSON results and rejects bad usage', async () => {
    const r = await run(['--json', 'good.json'], { 'good.json': good });
    expect(JSON.parse(r.out)).toEqual({ file: 'good.json', ok: true, errors: [], warnings: [] });
    expect((await run([], {})).code).toBe(2);
    expect((await run(['--lang', 'de', 'good.json'], { 'good.json': good })).code).toBe(2);
  });
});
