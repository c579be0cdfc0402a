import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../cli/index';
import type { Io } from '../../../cli/io';
import { BUILTIN_PACK } from '../../../lib/core/engine';

interface Run {
  code: number;
  out: string;
  err: string;
}

async function run(
  argv: string[],
  stdin: string | null = null,
  files: Record<string, string> = {},
): Promise<Run> {
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
    readStdin: async () => stdin,
  };
  const code = await main(argv, io);
  return { code, out, err };
}

describe('laipni check', () => {
  it('prints line:col, rule, text and suggestions; exit 1 on findings', async () => {
    const r = await run(['check'], 'Labdien!\nEs nezinu, kad būs.\n');
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/^2:1 {2}warning {2}es-nezinu {2}«Es nezinu» {2}→ Es noskaidrošu \| /mu);
    expect(r.out).toContain('1 finding(s)');
  });

  it('exit 0 and a short note when nothing is flagged', async () => {
    const r = await run(['check', '-'], 'Labdien! Mans vārds ir Anna.');
    expect(r).toEqual({ code: 0, out: 'No findings.\n', err: '' });
  });

  it('--json prints an array of findings with positions', async () => {
    const r = await run(['check', '--json', 'note.txt'], null, { 'note.txt': 'Nē!' });
    expect(r.code).toBe(1);
    const parsed = JSON.parse(r.out) as {
      ruleId: string;
      start: number;
      line: number;
      column: number;
    }[];
    expect(parsed.map((f) => [f.ruleId, f.start, f.line, f.column])).toEqual([
      ['bare-ne', 0, 1, 1],
    ]);
  });

  it('--lines checks each line on its own and prints one JSON object per line', async () => {
    const r = await run(['check', '--lines'], 'Nē!\nLabdien!\nČau!\n');
    const lines = r.out
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as { line: number; findings: { ruleId: string }[] });
    expect(lines.map((l) => [l.line, l.findings.map((f) => f.ruleId)])).toEqual([
      [1, ['bare-ne']],
      [2, []],
      [3, ['greeting-informal']],
    ]);
    expect(r.code).toBe(1);
  });

  it('passes phase, channel, time and repeat call to the engine', async () => {
    expect((await run(['check', '--time', '15:00'], 'Labrīt!')).code).toBe(1);
    expect((await run(['check', '--time=09:00'], 'Labrīt!')).code).toBe(0);
    expect((await run(['check', '--phase', 'closing'], 'Hallo!')).code).toBe(0);
    expect((await run(['check', '--channel', 'note'], 'Tev jāzvana rīt.')).code).toBe(0);
    expect((await run(['check', '--repeat-call'], 'Nē!')).code).toBe(1);
  });

  it('--pack uses exactly the packs given; "builtin" adds the built-in one', async () => {
    const team = {
      ...BUILTIN_PACK,
      id: 'team',
      rules: [{ ...BUILTIN_PACK.rules.find((x) => x.id === 'bare-ne')!, severity: 'info' }],
    };
    const files = { 'team.json': JSON.stringify(team) };
    const only = await run(['check', '--json', '--pack', 'team.json'], 'Hallo! Nē.', files);
    expect(
      (JSON.parse(only.out) as { ruleId: string; severity: string }[]).map((f) => [
        f.ruleId,
        f.severity,
      ]),
    ).toEqual([['bare-ne', 'info']]);
    const both = await run(
      ['check', '--json', '--pack', 'builtin', '--pack', 'team.json'],
      'Hallo! Nē.',
      files,
    );
    expect((JSON.parse(both.out) as { ruleId: string }[]).map((f) => f.ruleId)).toEqual([
      'greeting-hallo',
      'bare-ne',
    ]);
  });

  it.each([
    [['check', '--phase', 'lunch'], /--phase must be one of opening, body, closing/u],
    [['check', '--time', '25:00'], /--time must be HH:MM/u],
    [['check', '--colour'], /unknown option --colour/u],
    [['check', 'missing.txt'], /cannot read missing.txt/u],
    [['check', 'a', 'b'], /expected one FILE/u],
    [['check', '--pack', 'bad.json'], /pack bad.json is not valid/u],
    [['check', '--json', '--lines'], /cannot be combined/u],
  ])('usage or input error %j → exit 2 with a clear message', async (argv, message) => {
    const r = await run(argv, 'x', { 'bad.json': '{"format":"laipni-pack/1"}', a: '', b: '' });
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
  });

  it('no input on a terminal is a usage error', async () => {
    const r = await run(['check'], null);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/no input/u);
  });

  it('--help and unknown commands', async () => {
    expect((await run(['check', '--help'])).out).toMatch(/Usage: laipni check/u);
    expect((await run(['--help'])).out).toMatch(/check +check Latvian text/u);
    const unknown = await run(['lint']);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toMatch(/unknown command "lint"/u);
  });
});

describe('bin/laipni.js', () => {
  it('runs the bundled command line in Node', () => {
    execFileSync(process.execPath, ['scripts/build-cli.mjs'], { stdio: 'pipe' });
    const dir = mkdtempSync(join(tmpdir(), 'laipni-cli-'));
    const file = join(dir, 'note.txt');
    writeFileSync(file, 'Mēs to nevaram izdarīt!\n');
    const r = spawnSync(process.execPath, ['bin/laipni.js', 'check', '--json', file], {
      encoding: 'utf8',
    });
    expect(r.status).toBe(1);
    expect((JSON.parse(r.stdout) as { ruleId: string }[]).map((f) => f.ruleId)).toEqual([
      'cannot-do',
    ]);
    const piped = spawnSync(process.execPath, ['bin/laipni.js', 'check', '-'], {
      input: 'Labdien!',
      encoding: 'utf8',
    });
    expect(piped.status).toBe(0);
  }, 30_000);
});
