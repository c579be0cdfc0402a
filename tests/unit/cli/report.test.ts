import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../cli/index';
import { nodeIo, type Io } from '../../../cli/io';
import { team, tempFolder, writeActivities } from './report/helpers';

async function run(argv: string[]) {
  let out = '';
  let err = '';
  const io: Io = { ...nodeIo(), out: (t) => void (out += t), err: (t) => void (err += t) };
  const code = await main(['report', ...argv], io);
  return { code, out, err };
}

/** Three agents over five days, plus files that are not valid exports. */
function folder(): string {
  const dir = tempFolder();
  const docs = team(3, 5);
  writeActivities(dir, docs);
  const first = docs[0];
  if (!first) throw new Error('no docs');
  writeFileSync(
    join(dir, 'script.json'),
    JSON.stringify({ ...first, agentId: '<script>alert(1)</script>' }),
  );
  writeFileSync(
    join(dir, 'text.json'),
    JSON.stringify({ ...first, agentId: 'x', note: 'Klients teica…' }),
  );
  writeFileSync(join(dir, 'broken.json'), '{"format": "laipni-activity/1",');
  return dir;
}

describe('laipni report', () => {
  it('writes the HTML and the CSV, and names each skipped file with its reason', async () => {
    const dir = folder();
    const [html, csv] = [join(dir, 'r.html'), join(dir, 'r.csv')];
    const r = await run([dir, '--out', html, '--csv', csv]);
    expect(r.code).toBe(0);
    expect(r.out).toContain(
      "18 files read: 15 valid, 3 skipped as invalid, 0 older copies of an agent's day.",
    );
    expect(r.out).toContain(
      '3 agents in 2 teams, 15 agent-days, 2026-03-02 – 2026-03-06, per day.',
    );
    const lines = r.err.trim().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines).toContain(
      `laipni report: skipped ${join(dir, 'script.json')}: agentId: An id may contain Latin letters, digits, dots, hyphens and underscores (starting with a letter or digit), up to 64 characters.`,
    );
    expect(r.err).toContain(`skipped ${join(dir, 'text.json')}: note: Unknown field "note"`);
    expect(r.err).toContain(`skipped ${join(dir, 'broken.json')}: Not JSON`);
    const page = readFileSync(html, 'utf8');
    expect(page).not.toMatch(/<script|alert\(1\)|Klients/);
    expect(page).toContain('agent-2');
    expect(readFileSync(csv, 'utf8').split('\r\n')[0]).toMatch(/^section,period,team,agent,/);
  });

  it('shows a --team with & < > escaped (a filter is the one place such text can enter)', async () => {
    const dir = folder();
    const html = join(dir, 'r.html');
    const r = await run([dir, '--out', html, '--team', 'R&D <b>', '--quiet']);
    expect(r).toMatchObject({ code: 0, err: '' });
    const page = readFileSync(html, 'utf8');
    expect(page).toContain('Team: R&amp;D &lt;b&gt;');
    expect(page).not.toContain('R&D');
    expect(page).not.toContain('<b>');
  });

  it('reads a glob pattern and a listing URL', async () => {
    const dir = folder();
    const globbed = await run([join(dir, 'agent-1', '*.json'), '--out', join(dir, 'g.html')]);
    expect(globbed.out).toContain('5 files read: 5 valid');

    const files = team(2, 2).map((d) => JSON.stringify(d));
    const server = createServer((req, res) => {
      const i = Number(/^\/(\d)\.json$/.exec(req.url ?? '')?.[1] ?? -1);
      if (req.url === '/list') res.end(JSON.stringify(files.map((_, j) => `${j}.json`)));
      else if (files[i]) res.end(files[i]);
      else res.writeHead(404).end();
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/list`;
    const listed = await run([url, '--out', join(dir, 'u.html')]);
    server.close();
    expect(listed.code).toBe(0);
    expect(listed.out).toContain('4 files read: 4 valid');
  });

  it('exits 2 with one line when there is nothing to report or the arguments are wrong', async () => {
    const empty = tempFolder();
    const invalid = tempFolder();
    mkdirSync(join(invalid, 'a'));
    writeFileSync(join(invalid, 'a', 'x.json'), '[]');
    const cases: [string[], RegExp][] = [
      [[], /give activity files/],
      [[join(empty, 'nope')], /cannot read .*no such file or folder/],
      [[empty], /no activity files found/],
      [
        [invalid, '--out', join(invalid, 'r.html'), '--quiet'],
        /none of the 1 files is a valid activity export/,
      ],
      [[empty, '--from', '2026-02-30'], /--from must be a date/],
      [[empty, '--by', 'month'], /--by must be day or week/],
      [[join(empty, '*.json'), '--out', join(empty, 'r.html')], /no activity files found/],
      [[folder(), '--out', join(empty, 'no', 'such', 'r.html'), '--quiet'], /ENOENT/],
    ];
    for (const [argv, message] of cases) {
      const r = await run(argv);
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.err).toMatch(message);
      expect(r.err.trim().split('\n').at(-1)).toMatch(message);
    }
  });

  it('has --help', async () => {
    const r = await run(['--help']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Usage: laipni report');
  });
});
