// A 2,000-rule team pack (`laipni-pack/1`) for the page benchmark: phrase rules made of
// Latvian word sequences, the shape a large company pack has (many phrases, one or two
// replacements each). Deterministic, so every run measures the same pack.

const WORDS = [
  'klients',
  'klientam',
  'klienta',
  'rēķins',
  'rēķinu',
  'rēķinā',
  'līgums',
  'līgumu',
  'līgumā',
  'maksājums',
  'maksājumu',
  'pakalpojums',
  'pakalpojumu',
  'tarifs',
  'tarifu',
  'piegāde',
  'piegādi',
  'adrese',
  'adresi',
  'tehniķis',
  'tehniķa',
  'vizīte',
  'vizīti',
  'savienojums',
  'internets',
  'interneta',
  'maršrutētājs',
  'iekārta',
  'iekārtu',
  'garantija',
  'garantijas',
  'pieteikums',
  'pieteikumu',
  'speciālists',
  'speciālistam',
  'nodaļa',
  'nodaļai',
  'vadītājs',
  'vadītājam',
  'sistēma',
  'sistēmā',
  'portāls',
  'portālā',
  'parole',
  'paroli',
  'konts',
  'kontu',
  'kontā',
  'atlaide',
  'atlaidi',
  'piedāvājums',
  'piedāvājumu',
  'termiņš',
  'termiņā',
  'sods',
  'līgumsods',
  'kavējums',
  'kavējuma',
  'atmaksa',
  'atmaksu',
  'pārmaksa',
  'pārmaksu',
  'kopija',
  'kopiju',
  'e-pasts',
  'e-pastu',
  'tālrunis',
  'tālruni',
  'numurs',
  'numuru',
  'šodien',
  'rīt',
  'vakar',
  'tūlīt',
  'vēlāk',
  'drīz',
  'nekad',
  'vienmēr',
  'atkal',
  'vēlreiz',
  'tikai',
  'vairs',
  'vēl',
  'jau',
  'nu',
  'tad',
  'taču',
  'gan',
  'arī',
  'pat',
  'tomēr',
  'diemžēl',
  'protams',
  'noteikti',
  'laikam',
  'varbūt',
  'it',
  'kā',
  'tā',
  'tas',
  'tā',
  'šis',
  'šī',
  'tur',
  'te',
  'mēs',
  'jūs',
  'viņš',
  'viņa',
  'es',
  'man',
  'mums',
  'jums',
  'nav',
  'ir',
  'būs',
  'bija',
  'nevar',
  'nevaram',
  'nevarēs',
  'negribam',
  'nedrīkst',
  'nevajag',
  'jāgaida',
  'jāzvana',
  'jāmaksā',
  'jāatnāk',
  'jāraksta',
  'jāpārbauda',
  'nezinām',
  'neatbild',
  'nestrādā',
  'nesaprotu',
  'nepalīdzēs',
  'nemainīsies',
  'neatgriezīsim',
  'nesūtīsim',
  'zvaniet',
  'rakstiet',
  'gaidiet',
  'pārbaudiet',
  'maksājiet',
  'aizpildiet',
  'atnāciet',
];
const SITUATIONS = ['refusal', 'apology', 'request', 'unknown-answer', 'other'];
const REPLACEMENTS = [
  'Noskaidrošu un sazināšos ar Jums',
  'Lūdzu, ļaujiet man to pārbaudīt',
  'Vai varu piedāvāt citu risinājumu?',
  'Atvainojos par sagādātajām neērtībām',
  'Paldies par pacietību, tūlīt pārbaudīšu',
  'Pārsūtīšu jautājumu speciālistam',
];

/** Deterministic pseudo-random numbers (mulberry32). */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A phrase only the team pack flags, typed by the benchmark to see the pack is in effect. */
export const PROBE_PHRASE = 'zilais zvejnieks zvana';
export const PROBE_RULE_ID = 'team-bench-probe';

/**
 * @param {number} [ruleCount]
 * @returns {object} a `laipni-pack/1` document
 */
export function teamPack(ruleCount = 2000) {
  const next = random(2000);
  const pick = (list) => list[Math.floor(next() * list.length)];
  const seen = new Set();
  const phrase = () => {
    for (;;) {
      const length = 2 + Math.floor(next() * 3);
      const words = Array.from({ length }, () => pick(WORDS));
      const text = words.join(' ');
      if (!seen.has(text)) {
        seen.add(text);
        return text;
      }
    }
  };
  const rules = [
    {
      id: PROBE_RULE_ID,
      language: 'lv',
      severity: 'warning',
      match: { kind: 'phrase', phrases: [PROBE_PHRASE] },
      reason: { lv: 'Etalona noteikums.', en: 'Benchmark rule.' },
      replacements: ['zilais zvejnieks raksta'],
      situation: 'other',
    },
  ];
  for (let i = 1; rules.length < ruleCount; i++) {
    const phrases = Array.from({ length: 1 + Math.floor(next() * 4) }, phrase);
    rules.push({
      id: `team-bench-${String(i).padStart(4, '0')}`,
      language: 'lv',
      severity: next() < 0.8 ? 'warning' : 'info',
      match: { kind: 'phrase', phrases },
      reason: {
        lv: `Komandas vadlīnijas iesaka izvairīties no frāzes «${phrases[0]}».`,
        en: `The team's guidelines advise against «${phrases[0]}».`,
      },
      replacements: next() < 0.5 ? [pick(REPLACEMENTS)] : [pick(REPLACEMENTS), pick(REPLACEMENTS)],
      situation: pick(SITUATIONS),
    });
  }
  return {
    format: 'laipni-pack/1',
    id: 'bench-team',
    name: 'Etalona komandas pakete',
    version: '1.0.0',
    author: 'Laipni bench',
    language: 'lv',
    priority: 10,
    rules,
  };
}
