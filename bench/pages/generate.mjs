// Writes the page benchmark's pages (committed; run again only to change them):
//   node bench/pages/generate.mjs
// - textarea-35k.html        a CRM note of ~35 KB of Latvian text in a <textarea>
// - contenteditable-35k.html the same text as paragraphs in a contenteditable <div>
// - frames-20.html           20 same-origin iframes (frame.html), each holding a textarea
import { writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';

const HERE = dirname(fileURLToPath(import.meta.url));
const TARGET_BYTES = 35 * 1024;

// Sentences of the kind agents write in call notes and replies. About one in fifteen holds a
// phrase the handbook discourages, so a long note carries findings the way a real one would.
const PLAIN = [
  'Klients zvanīja par oktobra rēķinu, kurā abonēšanas maksa ieskaitīta divreiz.',
  'Pārbaudīju līgumu: pakalpojums pieslēgts 2023. gada martā, tarifs „Standarts plus”.',
  'Klientam paskaidroju, ka pārmaksa tiks atgriezta nākamajā rēķinā.',
  'Vienojāmies, ka nosūtīšu kopiju uz klienta e-pastu līdz piektdienai.',
  'Klients lūdza mainīt piegādes adresi uz Brīvības ielu 112, Rīgā.',
  'Adrese sistēmā nomainīta, apstiprinājums nosūtīts īsziņā.',
  'Tehniķa vizīte pārcelta uz otrdienu no plkst. 10.00 līdz 12.00.',
  'Klients minēja, ka interneta savienojums vakaros pārtrūkst vairākas reizes stundā.',
  'Attālināti pārstartēju maršrutētāju un pārbaudīju signāla līmeni, tas ir normas robežās.',
  'Ja problēma atkārtosies, klients zvanīs vēlreiz un norādīs precīzu laiku.',
  'Piedāvāju pāriet uz ātrāku tarifu ar pirmo mēnesi bez maksas.',
  'Klients vēlas to vēl apdomāt un sazināties ar mums nākamnedēļ.',
  'Rēķina kopija pievienota pieteikumam, numurs 2024-10-4821.',
  'Paldies klientam par pacietību, saruna noritēja mierīgi.',
  'Klients jautāja par līguma laušanas nosacījumiem pirms termiņa beigām.',
  'Izskaidroju, ka līgumsods netiek piemērots, ja līgums ir ilgāks par divpadsmit mēnešiem.',
  'Nosūtīju saiti uz pašapkalpošanās portālu, kur var lejupielādēt visus rēķinus.',
  'Klienta kontaktinformācija atjaunināta, pievienots otrs tālruņa numurs.',
  'Pieteikums nodots tehniskajam atbalstam ar augstu prioritāti.',
  'Atbildīgais speciālists sazināsies ar klientu divu darba dienu laikā.',
  'Klients pateicās par ātro palīdzību un novērtēja sarunu ar piecām zvaigznēm.',
  'Pārbaudīju maksājumu vēsturi: pēdējie trīs maksājumi saņemti laikā.',
  'Klientam atgādināju, ka e-rēķinus var saņemt arī internetbankā.',
  'Noskaidroju, ka iekārta joprojām ir garantijas termiņā.',
  'Klients vēlas saņemt piedāvājumu uzņēmumam ar desmit darbiniekiem.',
  'Piedāvājums sagatavots un nosūtīts klienta norādītajai kontaktpersonai.',
  'Nākamā saruna ieplānota ceturtdien pēcpusdienā, atgādinājums iestatīts kalendārā.',
  'Klients uzsvēra, ka viņam svarīga ir stabila darbība, nevis lielākais ātrums.',
];
const FLAGGED = [
  'Es nezinu, kad tehniķis varēs ierasties.',
  'Kā jau teicu, rēķins ir nosūtīts uz e-pastu.',
  'Mēs to šodien nevaram izdarīt, sistēma nestrādā.',
  'Tā nav mana vaina, ka piegāde kavējas.',
  'Okei, tad sazināmies rīt.',
];

/** Deterministic pseudo-random numbers (mulberry32), so the pages are the same every time. */
export function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Paragraphs of Latvian note text, together at least `bytes` long in UTF-8. */
export function noteParagraphs(bytes = TARGET_BYTES, seed = 4821) {
  const next = random(seed);
  const pick = (list) => list[Math.floor(next() * list.length)];
  const paragraphs = [];
  let size = 0;
  while (size < bytes) {
    const count = 4 + Math.floor(next() * 4);
    const sentences = [];
    for (let i = 0; i < count; i++) sentences.push(next() < 1 / 15 ? pick(FLAGGED) : pick(PLAIN));
    const paragraph = sentences.join(' ');
    paragraphs.push(paragraph);
    size += Buffer.byteLength(paragraph) + 2;
  }
  return paragraphs;
}

const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const STYLE = `
      body { margin: 0; font: 14px/1.45 system-ui, sans-serif; color: #222; background: #eef1f5; }
      main { max-width: 900px; margin: 16px auto; background: #fff; padding: 16px; }
      label { display: block; font-weight: 600; margin-bottom: 6px; }
      #field { display: block; box-sizing: border-box; width: 100%; height: 560px; padding: 8px;
        font: inherit; border: 1px solid #b8c2d0; border-radius: 4px; overflow: auto; }
      #field p { margin: 0 0 0.8em; }`;

function page(title, body, style = STYLE) {
  return `<!doctype html>
<html lang="lv">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${title}</title>
    <style>${style}
    </style>
  </head>
  <body>
    <!-- prettier-ignore -->
${body}
  </body>
</html>
`;
}

/** Writes a page formatted as the repository's Prettier config does (`<main>` is kept as is). */
async function writePage(file, html) {
  const options = (await prettier.resolveConfig(file)) ?? {};
  await writeFile(file, await prettier.format(html, { ...options, filepath: file }));
}

export async function writePages() {
  const paragraphs = noteParagraphs();
  const text = paragraphs.join('\n\n');
  await writePage(
    join(HERE, 'textarea-35k.html'),
    page(
      'Bench · 35 KB textarea',
      `    <main>
      <label for="field">Zvana piezīmes</label>
      <textarea id="field" name="notes">${escape(text)}</textarea>
    </main>`,
    ),
  );
  await writePage(
    join(HERE, 'contenteditable-35k.html'),
    page(
      'Bench · 35 KB contenteditable',
      `    <main>
      <label id="field-label">Atbilde klientam</label>
      <div id="field" contenteditable="true" role="textbox" aria-multiline="true" aria-labelledby="field-label">
${paragraphs.map((p) => `        <p>${escape(p)}</p>`).join('\n')}
      </div>
    </main>`,
    ),
  );
  const frames = Array.from(
    { length: 20 },
    (_, i) =>
      `      <iframe id="frame-${i}" src="frame.html?i=${i}" title="Logrīks ${i + 1}"></iframe>`,
  ).join('\n');
  await writePage(
    join(HERE, 'frames-20.html'),
    page(
      'Bench · 20 same-origin iframes',
      `    <main>
      <h1>Pieteikumi</h1>
${frames}
    </main>`,
      `${STYLE}
      iframe { width: 200px; height: 120px; border: 1px solid #d6dce5; margin: 4px; }`,
    ),
  );
  await writePage(
    join(HERE, 'frame.html'),
    page(
      'Bench · frame',
      `    <label for="reply">Atbilde</label>
    <textarea id="reply" name="reply" rows="3"></textarea>`,
      `
      body { margin: 4px; font: 13px system-ui, sans-serif; }
      label { display: block; }
      textarea { box-sizing: border-box; width: 100%; }`,
    ),
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await writePages();
