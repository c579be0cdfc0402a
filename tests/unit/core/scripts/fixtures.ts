import type { Script } from '../../../../lib/core/model/script';

/**
 * A small outbound script with every feature: three entries (first call, repeat call, resume
 * after a drop), a compliance step, branches, captures of every kind, objection cards (one
 * moving the call on), outcomes with required fields and an outcome's own note.
 *
 * steps: 0 greet, 1 greet-again, 2 recording, 3 ask, 4 contract, 5 callback, 6 resume, 7 bye
 */
export function sampleScript(): Script {
  return {
    id: 'demo',
    name: { lv: 'Demo zvans', en: 'Demo call' },
    appliesTo: { direction: 'outbound', channels: ['call'], situations: ['sales'] },
    start: 'greet',
    repeatStart: 'greet-again',
    resumeStart: 'resume',
    steps: [
      {
        id: 'greet',
        title: { lv: 'Sveiciens', en: 'Greeting' },
        phase: 'opening',
        say: [
          '{greeting}, {customerNameVocative}! Mans vārds ir {agentName} {agentSurname}, {company}.',
        ],
        required: true,
        detect: { phrases: ['mans vārds ir'] },
        next: 'recording',
      },
      {
        id: 'greet-again',
        title: { lv: 'Atkārtots zvans', en: 'Repeat call' },
        phase: 'opening',
        say: [
          '{greeting}! Mans vārds ir {agentName}, {company}. Zvanu vēlreiz saistībā ar mūsu iepriekšējo sarunu.',
        ],
        required: true,
        next: 'recording',
      },
      {
        id: 'recording',
        title: { lv: 'Ieraksts', en: 'Recording' },
        phase: 'opening',
        say: ['Informēju, ka saruna tiek ierakstīta.'],
        compliance: true,
        detect: { phrases: ['saruna tiek ierakstīta'] },
        next: 'ask',
      },
      {
        id: 'ask',
        title: { lv: 'Jautājums', en: 'Question' },
        phase: 'body',
        say: ['Vai Jums būtu interesants izdevīgāks plāns?'],
        notes: { lv: 'Ļaujiet klientam izteikties.' },
        answers: [
          { id: 'yes', label: { lv: 'Jā', en: 'Yes' }, next: 'contract' },
          { id: 'later', label: { lv: 'Vēlāk', en: 'Later' }, next: 'callback' },
          { id: 'no', label: { lv: 'Nē', en: 'No' }, next: 'bye' },
        ],
      },
      {
        id: 'contract',
        title: { lv: 'Līgums', en: 'Contract' },
        phase: 'body',
        required: true,
        say: ['Vai varat, lūdzu, nosaukt līguma numuru?'],
        captures: [
          { id: 'contractNumber', kind: 'text', label: { lv: 'Līguma nr.' }, required: true },
          { id: 'consent', kind: 'yesno', label: { lv: 'Piekrišana', en: 'Consent' } },
          {
            id: 'plan',
            kind: 'choice',
            label: { lv: 'Plāns', en: 'Plan' },
            options: [
              { id: 'basic', label: { lv: 'Pamata', en: 'Basic' } },
              { id: 'plus', label: { lv: 'Plus' } },
            ],
          },
          {
            id: 'devices',
            kind: 'number',
            label: { lv: 'Ierīces', en: 'Devices' },
            min: 1,
            max: 10,
            integer: true,
          },
        ],
        next: 'bye',
      },
      {
        id: 'callback',
        title: { lv: 'Atzvans', en: 'Call-back' },
        phase: 'body',
        say: ['Kad Jums būtu ērti, ja piezvanām?'],
        captures: [
          {
            id: 'callbackDate',
            kind: 'date',
            label: { lv: 'Atzvana datums', en: 'Call-back date' },
            required: true,
            notPast: true,
          },
        ],
        next: 'bye',
      },
      {
        id: 'resume',
        title: { lv: 'Pēc pārtraukuma', en: 'After the drop' },
        phase: 'opening',
        required: true,
        say: ['{greeting}! Mans vārds ir {agentName}, {company}. Atvainojos, saruna pārtrūka.'],
      },
      {
        id: 'bye',
        title: { lv: 'Atvadas', en: 'Goodbye' },
        phase: 'closing',
        required: true,
        say: ['Paldies par sarunu! Jauku dienu!'],
        detect: { phrases: ['jauku dienu'] },
        outcomes: ['sale', 'callback', 'refused'],
      },
    ],
    objections: [
      {
        id: 'expensive',
        label: { lv: 'Dārgi', en: 'Too expensive' },
        say: ['Saprotu. Varam piedāvāt Jums līdzīgu risinājumu par zemāku cenu.'],
      },
      {
        id: 'no-time',
        label: { lv: 'Nav laika', en: 'No time' },
        say: ['Saprotu. Vai drīkstu piezvanīt citā laikā?'],
        returnTo: 'callback',
      },
    ],
    outcomes: [
      { id: 'sale', label: { lv: 'Pārdots', en: 'Sale' }, requires: ['contractNumber'] },
      {
        id: 'callback',
        label: { lv: 'Norunāts atzvans', en: 'Call-back agreed' },
        requires: ['callbackDate'],
        note: 'Atzvanīt {callbackDate}. Gaita: {path}.',
      },
      { id: 'refused', label: { lv: 'Atteica', en: 'Refused' } },
    ],
    note: 'Iznākums: {outcome}. Līgums: {contractNumber}. Plāns: {plan}. Gaita: {path}. Iebildumi: {objections}. Aģents: {agentName}.',
  };
}

/** Step indexes of the sample script, for paths in expectations. */
export const STEP = {
  greet: 0,
  greetAgain: 1,
  recording: 2,
  ask: 3,
  contract: 4,
  callback: 5,
  resume: 6,
  bye: 7,
} as const;
