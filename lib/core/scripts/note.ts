import type { FilledTemplate } from '../engine/template';
import type { ScriptProgress } from '../model/script';
import { formatCapture } from './capture';
import type { CompiledScript } from './compile';
import { own } from './progress';
import { fillSlots, type SlotValues } from './slots';
import { breadcrumb } from './trail';

/**
 * The call note, written in Latvian when the call reaches an outcome: the outcome's own
 * template or the script's, its slots filled from the captured fields (as people read them),
 * `{path}` (the titles of the steps taken), `{outcome}`, `{objections}`, `{script}` and the
 * agent's variables. Only own values are read, so `{constructor}` is an empty slot («…»).
 */

/** Objection cards used, or this when none was. */
const NO_OBJECTIONS = 'nav';
const PATH_SEPARATOR = ' → ';

export function noteTemplate(c: CompiledScript, p: ScriptProgress): string {
  const outcome = p.outcome === null ? undefined : c.outcomes.get(p.outcome.id);
  return outcome?.note ?? c.script.note;
}

/** The titles of the trail, a step repeated in a row once. */
export function pathTitles(c: CompiledScript, p: ScriptProgress): string[] {
  const titles: string[] = [];
  for (const id of breadcrumb(p)) {
    const title = c.steps.get(id)?.step.title.lv ?? id;
    if (titles.at(-1) !== title) titles.push(title);
  }
  return titles;
}

export function noteSlots(c: CompiledScript, p: ScriptProgress): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [id, def] of c.fields) {
    const value = own(p.captures, id);
    if (value !== undefined) values[id] = formatCapture(def, value, 'lv');
  }
  const cards = [...new Set(p.objections.map((u) => u.card))].map(
    (id) => c.cards.get(id)?.label.lv ?? id,
  );
  values.path = pathTitles(c, p).join(PATH_SEPARATOR);
  values.outcome = p.outcome === null ? '' : (c.outcomes.get(p.outcome.id)?.label.lv ?? '');
  values.objections = cards.length > 0 ? cards.join(', ') : NO_OBJECTIONS;
  values.script = c.script.name.lv;
  return values;
}

/** `variables`: the agent's and the customer's (calls/variables.ts `templateVariables`). */
export function fillNote(
  c: CompiledScript,
  p: ScriptProgress,
  variables: SlotValues = {},
): FilledTemplate {
  return fillSlots(noteTemplate(c, p), variables, noteSlots(c, p));
}

/** Whether the note is showing: the call reached an outcome and the agent has not closed it. */
export function noteVisible(p: ScriptProgress): boolean {
  return p.outcome !== null && !p.noteDismissed;
}
