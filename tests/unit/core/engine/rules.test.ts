import { describe, expect, it } from 'vitest';
import { createChecker, type CheckContext } from '../../../../lib/core/engine';

const checker = createChecker();
const ids = (text: string, ctx: CheckContext = {}): string[] =>
  checker.check(text, ctx).map((f) => f.ruleId);

/** [rule, text, context?]: positives with inflection, without diacritics and in mixed case. */
const positives: [string, string, CheckContext?][] = [
  ['greeting-hallo', 'HaLLo, klausos'],
  ['greeting-hallo', 'alo, kas tur?'],
  ['greeting-informal', 'Čau! Kā iet?'],
  ['greeting-informal', 'CAU, te Anna'],
  ['greeting-informal', 'sveika, Ilze'],
  ['greeting-sveiki', 'Sveiki, kā varu palīdzēt?'],
  ['greeting-time-mismatch', 'Labrīt, Anna klausās.', { time: '13:30' }],
  ['greeting-time-mismatch', 'labvakar!', { time: '09:00' }],
  ['greeting-time-mismatch', 'Labu rītu, kā varu palīdzēt?', { time: '20:00' }],
  ['intro-seit-runa', 'Šeit runā Anna Bērziņa no SIA Laipni.'],
  ['intro-seit-runa', 'TE RUNA Jānis'],
  ['ko-jums-vajag', 'nu ko jums vajag?'],
  ['ko-jums-vajag', 'Ko jus gribat?'],
  ['kas-zvana', 'Kas tur zvana?'],
  ['repeat-call-atkal-es', 'Sveiki, tas atkal esmu es!'],
  ['es-nezinu', 'Es tiešām nezinu.'],
  ['es-nezinu', 'To mēs nezinām.'],
  ['es-nezinu', 'nezinaju, ka tā notiks'],
  ['es-nezinu', 'NEZINU'],
  ['es-nezinu', 'Nav ne mazākās nojausmas, kur tas ir.'],
  ['cannot-do', 'Diemžēl mēs neko nevarēsim izdarīt.'],
  ['cannot-do', 'Es nevaru Jums palīdzēt.'],
  ['cannot-do', 'nevaretu to atrisinat sodien'],
  ['cannot-do', 'Tas nav iespējams.'],
  ['imperative-mood', 'Atsūtiet aizpildītu veidlapu!'],
  ['imperative-mood', 'Nezvaniet mums pēc 17:00.'],
  ['imperative-mood', 'Ievērojiet termiņu.'],
  ['imperative-mood', 'Uzgaidiet, kamēr pārbaudu.'],
  ['imperative-mood', 'Vērsieties pie sava bankas konsultanta.'],
  ['imperative-mood', 'sazinieties ar mums'],
  ['imperative-softened', 'Lūdzu, iesniedziet izziņu vēlreiz.'],
  ['imperative-misspelled', 'Lūdzu, ievadat kodu vēlreiz.'],
  ['imperative-softened', 'ludzu, nosutiet to vel reiz'],
  ['your-obligation', 'Tā ir jūsu atbildība!'],
  ['debitive-jums-ja', 'Jums būs jāuzrāda pase.'],
  ['bare-ne', 'Nē nē.'],
  ['bare-ne', 'Nu nē!'],
  ['blame-not-my-fault', 'Tā nav mūsu vaina.'],
  ['blame-not-my-fault', 'es neesmu vainiga'],
  ['blame-customer', 'Jums pašiem vajadzēja pārbaudīt.'],
  ['not-my-department', 'Tas nav mans pienākums.'],
  ['not-my-department', 'es ar to nenodarbojos'],
  ['pronoun-es-overuse', 'Es pārbaudīšu, es piezvanīšu un es nosūtīšu.'],
  ['informal-tu-address', 'Vai tev ir līguma numurs?'],
  ['as-i-said', 'Kā jau es minēju, piegāde ir rīt.'],
  ['calm-down', 'Lūdzu, nomierinieties.'],
  ['all-caps-shouting', 'JŪS NEESAT SAMAKSĀJUŠI RĒĶINU'],
  ['exclamation-overuse', 'Kāpēc?!?!'],
  ['slang-familiar', 'okei, sapratu'],
  ['address-nominative', 'Labvakar, Edgars!'],
  ['address-nominative', 'Labdien Ingus,'],
  ['farewell-informal', 'Viss skaidrs. Atā!', { phase: 'closing' }],
  ['farewell-informal', 'Paldies, čau čau!'],
];

/** [rule, text, context?]: hard negatives that share letters, folding or context with a rule. */
const negatives: [string, string, CheckContext?][] = [
  ['greeting-hallo', 'Halloween preces ir izpārdotas.'],
  ['greeting-hallo', 'Hallo!', { phase: 'body' }],
  ['greeting-informal', 'Kaste sāka čaukstēt.'],
  ['greeting-informal', 'Ūdens plūst cauri caurulei.'],
  ['greeting-informal', 'Labdien! Čau nav pieklājīgi.'],
  ['farewell-informal', 'Čau!', { phase: 'opening' }],
  ['farewell-informal', 'Čau, kā varu palīdzēt? Pasūtījums ir ceļā.'],
  ['imperative-mood', 'Pagaidiet mazliet, lūdzu.'],
  ['imperative-mood', 'Šķiet, ka viss ir kārtībā.'],
  ['imperative-mood', 'Kurjers aiziet pēc pusdienām.'],
  ['imperative-mood', 'Rēķinu saņemsiet rīt.'],
  ['imperative-mood', 'Jūs zvanāt no cita numura.'],
  ['imperative-mood', 'Citviet cenas ir augstākas.'],
  ['imperative-mood', 'Jums jāiet uz nodaļu.'],
  ['imperative-mood', 'Vai atvērsiet pielikumu?'],
  ['imperative-mood', 'Piedodiet, ka jāgaida.'],
  // Guidance, not demands: steps the customer follows (entering, choosing, reading, checking).
  ['imperative-mood', 'Aizpildiet veidlapu portālā.'],
  ['imperative-mood', 'Lasiet līgumu uzmanīgi.'],
  ['imperative-softened', 'Lūdzu, ievadiet kodu vēlreiz.'],
  ['imperative-mood', '2. Nosūtiet parakstīto iesniegumu uz info@energija.lv.'],
  ['imperative-mood', 'Rēķinu redzēsiet savā e-pastā.'],
  ['es-nezinu', 'Klients nezina savu paroli.'],
  ['es-nezinu', 'Nezināms sūtītājs.'],
  ['es-nezinu', 'Klients rakstīja: "Es nezinu, ko darīt".'],
  ['es-nezinu', 'Klients teica, ka nezinu neko.'],
  ['es-nezinu', '„Es nezinu“, viņš atbildēja.'],
  ['your-obligation', 'Mūsu pienākums ir palīdzēt.'],
  ['cannot-do', 'Ja nevarat atvērt failu, rakstiet mums.'],
  ['cannot-do', 'Viņš nevarēja ierasties.'],
  ['bare-ne', 'Ne tikai šodien.'],
  ['bare-ne', 'Jūs to saņēmāt, nē?'],
  ['debitive-jums-ja', 'Ja jums ir jautājumi, zvaniet.'],
  ['pronoun-es-overuse', 'Es to nokārtošu.'],
  ['informal-tu-address', 'Tuvākajās dienās piegādāsim.'],
  ['informal-tu-address', 'Tev jāzvana klientam rīt.', { channel: 'note' }],
  ['all-caps-shouting', 'SIA LATVIJAS MOBILAIS TELEFONS klients'],
  ['address-nominative', 'Labdien, Ilze!'],
  ['greeting-time-mismatch', 'Labrīt!', { time: '09:15' }],
  ['greeting-time-mismatch', 'Labvakar!', { time: '21:00' }],
  ['greeting-time-mismatch', 'Labvakar!', { time: '01:00' }],
  ['greeting-time-mismatch', 'Labrīt!'],
];

describe('rules fire on what they should', () => {
  it.each(positives)('%s flags %j', (rule, text, ctx) => {
    expect(ids(text, ctx)).toContain(rule);
  });
});

describe('rules stay quiet on hard negatives', () => {
  it.each(negatives)('%s does not flag %j', (rule, text, ctx) => {
    expect(ids(text, ctx)).not.toContain(rule);
  });
});

describe('translit typing', () => {
  it('matches the old translit spellings', () => {
    expect(ids('sheit runaa Anna')).toContain('intro-seit-runa');
    expect(ids('Es neziinu')).toContain('es-nezinu');
    expect(ids('Tā nav mana vaina, ljoti žēl')).toContain('blame-not-my-fault');
  });
  it('can be switched off', () => {
    const plain = createChecker({ translit: false });
    expect(plain.check('sheit runaa Anna').map((f) => f.ruleId)).not.toContain('intro-seit-runa');
    expect(plain.check('šeit runā Anna').map((f) => f.ruleId)).toContain('intro-seit-runa');
  });
});
