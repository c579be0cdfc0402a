import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { downloadListing, linksOf } from '../../../../cli/report/listing';
import { team, tempFolder } from './helpers';

const [day1, day2, day3] = team(1, 3).map((d) => JSON.stringify(d));

/** A static host: a JSON listing, a directory index with a sub-folder, a missing and a big file. */
const ROUTES: Record<string, [number, string, string]> = {
  '/list.json': [
    200,
    'application/json',
    '["files/1.json", "/files/2.json", "files/missing.json", "files/big.json"]',
  ],
  '/files/1.json': [200, 'application/json', day1 ?? ''],
  '/files/2.json': [200, 'application/json', day2 ?? ''],
  '/files/big.json': [200, 'application/json', 'x'.repeat(100_000)],
  '/index/': [
    200,
    'text/html',
    `<a href="../">Parent</a> <a href="?C=N;O=D">Name</a> <a href="agent-1/">agent-1/</a>
     <a href='top.json'>top.json</a> <a href="https://other.example/x.json">x</a> <a href=notes.txt>n</a>`,
  ],
  '/index/top.json': [200, 'application/json', day3 ?? ''],
  '/index/agent-1/': [200, 'text/html', '<a href="2026-03-02.json">2026-03-02.json</a>'],
  '/index/agent-1/2026-03-02.json': [200, 'application/json', day1 ?? ''],
};

let server: Server;
let base = '';

beforeAll(async () => {
  server = createServer((req, res) => {
    const route = ROUTES[req.url ?? ''];
    res.writeHead(route?.[0] ?? 404, { 'content-type': route?.[1] ?? 'text/plain' });
    res.end(route?.[2] ?? 'not found');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((done) => server.close(() => done())));

describe('listing of activity files', () => {
  it('fetches the files a JSON array names, and says which could not be fetched', async () => {
    const dir = tempFolder();
    const warnings: string[] = [];
    const got = await downloadListing(`${base}/list.json`, dir, {
      warn: (l) => warnings.push(l),
      limits: { maxFileBytes: 50_000 },
    });
    expect([...got.files.values()].sort()).toEqual([
      `${base}/files/1.json`,
      `${base}/files/2.json`,
    ]);
    for (const [file, url] of got.files)
      expect(readFileSync(file, 'utf8')).toBe(url.endsWith('1.json') ? day1 : day2);
    expect(got.failed).toBe(2);
    expect(warnings.sort()).toEqual([
      `skipped ${base}/files/big.json: larger than 50000 bytes`,
      `skipped ${base}/files/missing.json: HTTP 404`,
    ]);
  });

  it('follows a directory index into its sub-folders, never up or out', async () => {
    const dir = tempFolder();
    const got = await downloadListing(`${base}/index/`, dir, { warn: () => undefined });
    expect([...got.files.values()].sort()).toEqual([
      `${base}/index/agent-1/2026-03-02.json`,
      `${base}/index/top.json`,
    ]);
  });

  it('refuses plain http beyond this computer, and a listing that is not one', async () => {
    const warn = () => undefined;
    await expect(
      downloadListing('http://exports.acme.lv/', tempFolder(), { warn }),
    ).rejects.toThrow(/https/);
    await expect(downloadListing(`${base}/nothing/`, tempFolder(), { warn })).rejects.toThrow(
      /cannot read the listing .*HTTP 404/,
    );
    expect(() => linksOf('[1, 2]', `${base}/`)).toThrow(/JSON array of URLs/);
  });
});
