import { describe, expect, it } from 'vitest';
import { main } from '../../../cli/index';
import type { Io } from '../../../cli/io';
import { samplePack } from '../../fixtures/sample-pack';

/** The command line against hostile input: never exit 1 ("findings") for a crash. */

async function run(argv: string[], files: Record<string, string>, io: Partial<Io> = {}) {
  let out = '';
  let err = '';
  const code = await main(argv, {
    out: (t) => {
      out += t;
    },
    err: (t) => {
      err += t;
    },
    readFile: async (path) => {
      const content = files[path];
      if (content === undefined) throw new Error(`ENOENT: ${path}`);
      return content;
    },
    readStdin: async () => null,
    ...io,
  });
  return { code, out, err };
}

describe('laipni on hostile input', () => {
  it('a crash exits 2 with one line, never 1', async () => {
    const r = await run(
      ['check', '-'],
      {},
      {
        readStdin: async () => {
          throw new TypeError('boom\n    at somewhere (file.js:1:1)');
        },
      },
    );
    expect(r.code).toBe(2);
    expect(r.err).toBe('laipni check: internal error: boom\n');
  });

  it('check with a {constructor} pack refuses the pack (exit 2) instead of crashing', async () => {
    const pack = samplePack();
    pack.rules[0]!.replacements = ['{constructor}'];
    const r = await run(['check', '--pack', 'p.json', 'note.txt'], {
      'p.json': JSON.stringify(pack),
      'note.txt': 'Labdien! Es nezinu.',
    });
    expect(r.code).toBe(2);
    expect(r.err).toContain('Unknown placeholder {constructor}');
  });

  it('accepts a pack file that starts with a byte order mark', async () => {
    const r = await run(['validate', 'bom.json'], {
      'bom.json': `\uFEFF${JSON.stringify(samplePack())}`,
    });
    expect(r.code).toBe(0);
  });

  it('refuses 1 MB of "[" by the depth scan, before parsing', async () => {
    const r = await run(['validate', 'deep.json'], {
      'deep.json': '['.repeat(500_000) + ']'.repeat(500_000),
    });
    expect(r.code).toBe(1);
    expect(r.out).toContain(
      '(document): The document is nested too deeply (more than 16 levels) at character 17.',
    );
  });
});
