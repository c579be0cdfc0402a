import { describe, expect, it } from 'vitest';
import data from '../../../../scripts-data/builtin-scripts.json';
import { createChecker } from '../../../../lib/core/engine';
import type { Phase } from '../../../../lib/core/model/pack';
import { BUILTIN_SCRIPTS } from '../../../../lib/core/scripts/builtin';
import { compileScript } from '../../../../lib/core/scripts/compile';
import { missingRequired } from '../../../../lib/core/scripts/missing';
import { answer, next, start } from '../../../../lib/core/scripts/navigate';
import { fillNote } from '../../../../lib/core/scripts/note';
import { capture, finish } from '../../../../lib/core/scripts/record';
import { fillSlots } from '../../../../lib/core/scripts/slots';
import { validateScripts } from '../../../../lib/core/scripts/validate';

const checker = createChecker();
const VARIABLES = {
  greeting: 'Labdien',
  agentName: 'Anna',
  agentSurname: 'Ozola',
  company: 'SIA Zaļā Enerģija',
  customerName: 'Jānis Bērziņš',
  customerNameVocative: 'Jāni',
};

describe('the built-in scripts', () => {
  it('validate with zero errors and zero warnings, wording included', () => {
    const result = validateScripts(data.scripts, { checker });
    expect(result).toEqual({ ok: true, scripts: data.scripts, warnings: [] });
  });

  it('are an inbound call, an outbound call with a repeat-call step, and the call-back after a drop', () => {
    expect(BUILTIN_SCRIPTS.map((s) => [s.id, s.appliesTo?.direction])).toEqual([
      ['inbound-service', 'inbound'],
      ['outbound-offer', 'outbound'],
      ['callback-after-drop', 'outbound'],
    ]);
    const outbound = BUILTIN_SCRIPTS[1];
    expect(outbound?.repeatStart).toBe('intro-again');
    expect(BUILTIN_SCRIPTS[2]?.appliesTo?.situations).toEqual(['dropped-call']);
    for (const s of BUILTIN_SCRIPTS) {
      expect(s.objections?.length).toBeGreaterThanOrEqual(3);
      expect(s.outcomes.length).toBeGreaterThanOrEqual(3);
      const kinds = new Set(s.steps.flatMap((st) => (st.captures ?? []).map((c) => c.kind)));
      expect(kinds.has('date') || kinds.has('text')).toBe(true);
    }
  });

  // Each say text, with real values in the slots, in its step's phase (objection cards in the
  // body), passes every rule of the built-in pack: not even an info finding.
  const texts = BUILTIN_SCRIPTS.flatMap((s) => [
    ...s.steps.flatMap((st) =>
      st.say.map((text) => ({
        where: `${s.id}/${st.id}`,
        text,
        phase: st.phase,
        repeat: st.id === s.repeatStart || st.id === s.resumeStart,
      })),
    ),
    ...(s.objections ?? []).flatMap((card) =>
      card.say.map((text) => ({
        where: `${s.id}/objection ${card.id}`,
        text,
        phase: 'body' as Phase,
        repeat: false,
      })),
    ),
  ]);

  it.each(texts)('$where: «$text»', ({ text, phase, repeat }) => {
    const filled = fillSlots(text, VARIABLES, { offerPrice: '19,99', topic: 'rēķinu' }).text;
    const findings = checker.check(filled, {
      phase,
      channel: 'call',
      ...(repeat ? { repeatCall: true } : {}),
    });
    expect(findings.map((f) => `${f.ruleId}: ${f.text}`)).toEqual([]);
  });

  it('never say «Atkal zvanu es!» and always introduce the agent by name', () => {
    for (const s of BUILTIN_SCRIPTS) {
      const openings = [s.start, s.repeatStart, s.resumeStart].flatMap(
        (id) => s.steps.find((st) => st.id === id)?.say ?? [],
      );
      for (const text of openings) {
        expect(text.toLowerCase()).toContain('mans vārds ir {agentname} {agentsurname}');
      }
      const all = s.steps
        .flatMap((st) => st.say)
        .join(' ')
        .toLowerCase();
      expect(all).not.toContain('atkal zvanu');
      expect(all).not.toContain('šeit runā');
    }
  });

  it('an outbound sale runs start to note', () => {
    const c = compileScript(BUILTIN_SCRIPTS[1]!);
    const now = new Date(2026, 4, 10, 11, 0).getTime();
    let p = start(c, now);
    p = next(c, p, now); // intro → recording
    p = next(c, p, now); // recording → time-check
    for (const id of ['yes', 'interested']) p = answer(c, p, id, now);
    p = next(c, p, now); // needs → offer
    const price = capture(c, p, 'offerPrice', '19,99', now);
    if (!price.ok) throw new Error(price.error.en);
    p = answer(c, price.progress, 'accept', now);
    for (const [field, raw] of [
      ['consent', 'jā'],
      ['contractNumber', 'LV-2041'],
    ] as const) {
      const r = capture(c, p, field, raw, now);
      if (!r.ok) throw new Error(r.error.en);
      p = r.progress;
    }
    p = next(c, answer(c, p, 'agreed', now), now);
    expect(p.current).toBe('goodbye');
    const done = finish(c, p, 'sale', now);
    if (!done.ok) throw new Error(done.error.en);
    expect(missingRequired(c, done.progress).map((m) => m.step)).toEqual(['recording', 'goodbye']);
    expect(fillNote(c, done.progress, VARIABLES).text).toBe(
      'Izejošais zvans (Izejošais zvans: piedāvājums klientam). Iznākums: Pārdots. Līguma nr.: LV-2041. Piedāvātā cena: 19,99 EUR mēnesī. Piekrišana: jā. Gaita: Sveiciens un iepazīšanās → Paziņojums par ierakstu → Vai ir ērti runāt? → Zvana iemesls → Vajadzību noskaidrošana → Piedāvājums → Klienta piekrišana → Apstiprinājums un nākamie soļi → Atvadas. Iebildumi: nav. Zvanīja: Anna Ozola.',
    );
  });
});
