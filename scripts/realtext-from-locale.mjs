// Real Latvian text that the rules were not developed on: the Latvian translations of the
// programs installed on this machine (/usr/share/locale/lv/LC_MESSAGES/*.mo, none of them a
// package of realtext-dev.tsv), written as `package<TAB>sentence` for
// `npm run eval:realtext -- --realtext FILE`. Usage:
//   node scripts/realtext-from-locale.mjs [OUT] [--dir DIR]   (default OUT: stdout)
// Each line of each translation (every plural form) is one sentence once markup and mnemonic
// underscores are gone; lines with fewer than two words, no Latin letter or a printf
// placeholder (%s, %d …, which the shared set has none of) are left out, and so are repeats.
// Country, language, script and currency names (iso_*) are lists of names, not sentences.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const args = process.argv.slice(2);
const dirAt = args.indexOf('--dir');
const dir = dirAt >= 0 ? args[dirAt + 1] : '/usr/share/locale/lv/LC_MESSAGES';
const out = args.find((a, i) => !a.startsWith('--') && (dirAt < 0 || i !== dirAt + 1));

/** The translations of a GNU .mo catalogue (header entry left out). */
function translations(buffer) {
  const magic = buffer.readUInt32LE(0);
  const read =
    magic === 0x950412de
      ? (o) => buffer.readUInt32LE(o)
      : magic === 0xde120495
        ? (o) => buffer.readUInt32BE(o)
        : null;
  if (!read) throw new Error('not a .mo file');
  const count = read(8);
  const originals = read(12);
  const translated = read(16);
  const texts = [];
  for (let i = 0; i < count; i++) {
    if (read(originals + i * 8) === 0) continue; // the header
    const length = read(translated + i * 8);
    const offset = read(translated + i * 8 + 4);
    texts.push(buffer.toString('utf8', offset, offset + length));
  }
  return texts;
}

const PLACEHOLDER = /%[-+ #0-9.*$lhz]*[a-zA-Z%]/u;
const LETTER = /[a-zA-Zāčēģīķļņšūž]/u;
const seen = new Set();
const lines = [];
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.mo') && !f.startsWith('iso_'))
  .sort();
for (const file of files) {
  const pkg = file.slice(0, -3);
  for (const text of translations(readFileSync(join(dir, file))))
    for (const form of text.split('\0'))
      for (const piece of form.split('\n')) {
        const line = piece
          .replace(/<[^>]+>/gu, '')
          .replaceAll('_', '')
          .trim();
        if ((line.match(/[\p{L}\p{N}_]+/gu) ?? []).length < 2 || !LETTER.test(line)) continue;
        if (PLACEHOLDER.test(line)) continue;
        const sentence = line.replaceAll('\t', ' ');
        if (seen.has(sentence)) continue;
        seen.add(sentence);
        lines.push(`${pkg}\t${sentence}`);
      }
}
const tsv = `${lines.join('\n')}\n`;
if (out) {
  writeFileSync(out, tsv);
  console.error(`${out}: ${lines.length} sentences from ${files.length} catalogues in ${dir}`);
} else process.stdout.write(tsv);
