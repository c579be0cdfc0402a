import type { CaptureValue, SaidHow, ScriptProgress } from '../model/script';
import { localized, type Bilingual } from '../model/text';
import { dayOf, parseCapture, type RawCapture } from './capture';
import type { CompiledScript } from './compile';
import { closeLast, closeObjections, own } from './progress';

/** What the call records on the way: fields, said marks, the outcome, the note dismissed. */

export type ProgressResult =
  { ok: true; progress: ScriptProgress } | { ok: false; error: Bilingual };

/** Checks and stores a field (empty input clears it); a bad value is refused with the reason. */
export function capture(
  c: CompiledScript,
  p: ScriptProgress,
  field: string,
  raw: RawCapture,
  now: number,
): ProgressResult {
  const def = c.fields.get(field);
  if (!def) {
    return {
      ok: false,
      error: {
        lv: `Šajā skriptā nav lauka «${field}».`,
        en: `This script has no field "${field}".`,
      },
    };
  }
  const parsed = parseCapture(def, raw, dayOf(now));
  if (!parsed.ok) return parsed;
  const before = own(p.captures, field);
  if (parsed.value === before || (parsed.value === null && before === undefined)) {
    return { ok: true, progress: p };
  }
  const captures: Record<string, CaptureValue> = {};
  for (const key of Object.keys(p.captures)) {
    if (key !== field) captures[key] = p.captures[key] as CaptureValue;
  }
  if (parsed.value !== null) captures[field] = parsed.value;
  return { ok: true, progress: { ...p, captures } };
}

/**
 * A step said: typed, inserted, ticked ("I said it"), or moved on from. An explicit mark
 * replaces a moved-on one (it is what a compliance step needs) and is never replaced itself.
 */
export function markSaid(
  c: CompiledScript,
  p: ScriptProgress,
  stepId: string,
  how: SaidHow,
  now: number,
): ScriptProgress {
  if (!c.steps.has(stepId)) return p;
  const mark = own(p.said, stepId);
  if (mark && (mark.how !== 'moved-on' || how === 'moved-on')) return p;
  return { ...p, said: { ...p.said, [stepId]: { how, at: now } } };
}

/** Ends the call with an outcome whose required fields are filled; it may be changed later. */
export function finish(
  c: CompiledScript,
  p: ScriptProgress,
  outcomeId: string,
  now: number,
): ProgressResult {
  const outcome = c.outcomes.get(outcomeId);
  if (!outcome) {
    return {
      ok: false,
      error: {
        lv: `Šajā skriptā nav iznākuma «${outcomeId}».`,
        en: `This script has no outcome "${outcomeId}".`,
      },
    };
  }
  const missing = (outcome.requires ?? []).filter((f) => own(p.captures, f) === undefined);
  if (missing.length > 0) {
    const label = (f: string, lang: 'lv' | 'en') => {
      const def = c.fields.get(f);
      return def ? localized(def.label, lang) : f;
    };
    return {
      ok: false,
      error: {
        lv: `Lai pabeigtu ar «${outcome.label.lv}», aizpildiet: ${missing.map((f) => `«${label(f, 'lv')}»`).join(', ')}.`,
        en: `To end with "${localized(outcome.label, 'en')}", fill in: ${missing.map((f) => `"${label(f, 'en')}"`).join(', ')}.`,
      },
    };
  }
  if (p.outcome?.id === outcomeId) return { ok: true, progress: p };
  return {
    ok: true,
    progress: {
      ...p,
      path: closeLast(p.path, now, { leftBy: 'finish' }),
      objections: closeObjections(p.objections, now),
      outcome: { id: outcomeId, at: now },
      noteDismissed: false,
    },
  };
}

/** The agent closed the call note; it stays closed (also after the call ends). */
export function dismissNote(p: ScriptProgress): ScriptProgress {
  return p.noteDismissed ? p : { ...p, noteDismissed: true };
}
