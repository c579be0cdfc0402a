// Re-runs the security review's hostile pack list (§3): writes each pack, runs
// `laipni validate FILE` and `laipni check --pack FILE note-35k.txt` under /usr/bin/time -v and
// prints exit code · wall time · peak RSS per pack, plus the first line of validate's output.
//
//   node scripts/hostile-packs.mjs [--scale 0.1] [--only 08,30] [--timeout 120] [--cli FILE]
//
// --cli runs another build of the command line (a file whose `main(argv)` returns the exit
// code, e.g. an older dist-cli/laipni.mjs) to compare before and after.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { hostilePacks } from './lib/hostile-packs.mjs';

const { values } = parseArgs({
  options: {
    scale: { type: 'string', default: '1' },
    only: { type: 'string' },
    timeout: { type: 'string', default: '120' },
    cli: { type: 'string' },
    'no-check': { type: 'boolean' },
  },
});
const scale = Number(values.scale);
const only = values.only?.split(',');
const dir = mkdtempSync(join(tmpdir(), 'laipni-hostile-'));
const launcher = join(dir, 'run.mjs');
const cli = resolve(values.cli ?? 'dist-cli/laipni.mjs');
writeFileSync(
  launcher,
  `const { main } = await import(${JSON.stringify(new URL(`file://${cli}`).href)});\n` +
    'process.exitCode = await main(process.argv.slice(2));\n',
);

// A 35 KB note: the corpus's notes, repeated, with a flagged sentence now and then (so the
// packs' suggestions are filled).
const notes = JSON.parse(readFileSync('tests/unit/core/engine/corpus/notes.json', 'utf8'));
let note = '';
for (let i = 0; note.length < 35 * 1024; i++) {
  note +=
    notes[i % notes.length].text +
    (i % 20 === 0 ? ' Labdien, es nezinu. LŪDZU SAMAKSĀJIET!!!' : '') +
    '\n';
}
const noteFile = join(dir, 'note-35k.txt');
writeFileSync(noteFile, note);

/** exit · seconds · MB, and the first output line. */
function timed(args) {
  const r = spawnSync(
    '/usr/bin/time',
    ['-v', 'timeout', '-s', 'KILL', values.timeout, process.execPath, launcher, ...args],
    { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  const wall = /Elapsed \(wall clock\) time.*: (?:(\d+):)?(\d+(?:\.\d+)?)$/m.exec(r.stderr);
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr);
  const seconds = wall ? Number(wall[1] ?? 0) * 60 + Number(wall[2]) : NaN;
  const status = /Command (?:terminated by signal|exited with non-zero status) (\d+)/.exec(
    r.stderr,
  );
  const exit = status ? Number(status[1]) : r.status;
  const first = `${r.stdout}${r.stderr.split('\tCommand being timed')[0]}`
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('Command '))
    .slice(0, 2)
    .join(' ');
  return {
    cell: `${exit} · ${seconds.toFixed(2)} s · ${Math.round(Number(rss?.[1] ?? 0) / 1024)} MB`,
    first: first.length > 110 ? `${first.slice(0, 110)}…` : first,
  };
}

console.log(`| pack | validate | check --pack | validate output (first lines) |`);
console.log(`|---|---|---|---|`);
for (const [name, build] of hostilePacks(scale)) {
  if (only && !only.some((p) => name.startsWith(p))) continue;
  const file = join(dir, `${name}.json`);
  writeFileSync(file, build());
  const v = timed(['validate', file]);
  const c = values['no-check'] ? { cell: '—' } : timed(['check', '--pack', file, noteFile]);
  console.log(`| ${name} | ${v.cell} | ${c.cell} | ${v.first.replaceAll('|', '\\|')} |`);
  rmSync(file);
}
rmSync(dir, { recursive: true });
