import type { Phase } from '../../../../lib/core/model/pack';
import type {
  ObjectionCard,
  Script,
  ScriptAnswer,
  ScriptCapture,
  ScriptOutcome,
  ScriptStep,
} from '../../../../lib/core/model/script';
import type { PackProblem } from '../../../../lib/core/packs/problems';

/**
 * The editor's draft: a script as the form changes it, one plain function per change, so the
 * form never holds JSON. Ids are made from what is free, as a person would number things.
 */

export function freeId(prefix: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  for (let n = 1; ; n++) if (!used.has(`${prefix}-${n}`)) return `${prefix}-${n}`;
}

export function newStep(id: string, phase: Phase): ScriptStep {
  return { id, title: { lv: '' }, phase, say: [''] };
}

/** A new personal script: one opening step and one closing step that ends the call. */
export function newScript(id: string): Script {
  return {
    id,
    name: { lv: '' },
    start: 'step-1',
    steps: [
      { ...newStep('step-1', 'opening'), next: 'step-2' },
      { ...newStep('step-2', 'closing'), outcomes: ['done'] },
    ],
    outcomes: [{ id: 'done', label: { lv: 'Pabeigts', en: 'Done' } }],
    note: 'Iznākums: {outcome}. Gaita: {path}.',
  };
}

/** A personal copy of a team or built-in script, under a free id, never locked. */
export function copyOf(script: Script, takenIds: Iterable<string>): Script {
  const rest = structuredClone(script);
  delete rest.locked;
  const used = new Set(takenIds);
  let id = `${script.id}-copy`;
  for (let n = 2; used.has(id); n++) id = `${script.id}-copy-${n}`;
  return { ...rest, id };
}

export function updateStep(script: Script, index: number, step: ScriptStep): Script {
  return { ...script, steps: script.steps.map((s, i) => (i === index ? step : s)) };
}

export function addStep(script: Script): Script {
  const id = freeId(
    'step',
    script.steps.map((s) => s.id),
  );
  const last = script.steps.at(-1);
  return { ...script, steps: [...script.steps, newStep(id, last?.phase ?? 'body')] };
}

/**
 * Removes a step and every link to it (answers, next, the repeat and resume starts, objection
 * cards' returns); the start moves to another step.
 */
export function removeStep(script: Script, index: number): Script {
  const gone = script.steps[index]?.id;
  const steps = script.steps
    .filter((_, i) => i !== index)
    .map((s) => {
      const out: ScriptStep = { ...s };
      if (out.next === gone) delete out.next;
      if (out.answers) out.answers = out.answers.filter((a) => a.next !== gone);
      return out;
    });
  const start = script.start === gone ? (steps[0]?.id ?? '') : script.start;
  const out: Script = { ...script, steps, start };
  if (out.repeatStart === gone) delete out.repeatStart;
  if (out.resumeStart === gone) delete out.resumeStart;
  if (script.objections)
    out.objections = script.objections.map((o) => {
      if (o.returnTo !== gone) return o;
      const card = { ...o };
      delete card.returnTo;
      return card;
    });
  return out;
}

/** Moves a step in the list (the order people read; links are by id, so nothing breaks). */
export function moveStep(script: Script, from: number, to: number): Script {
  if (to < 0 || to >= script.steps.length || from === to) return script;
  const steps = [...script.steps];
  const [step] = steps.splice(from, 1);
  if (step) steps.splice(to, 0, step);
  return { ...script, steps };
}

export function newAnswer(step: ScriptStep, next: string): ScriptAnswer {
  const id = freeId(
    'answer',
    (step.answers ?? []).map((a) => a.id),
  );
  return { id, label: { lv: '' }, next };
}

/** A new field to note, `field1`, `field2` … (its id is also its `{slot}`, so no hyphen). */
export function newCapture(script: Script): ScriptCapture {
  const taken = new Set(script.steps.flatMap((s) => (s.captures ?? []).map((c) => c.id)));
  let n = 1;
  while (taken.has(`field${n}`)) n++;
  return { id: `field${n}`, kind: 'text', label: { lv: '' } };
}

export function newOutcome(script: Script): ScriptOutcome {
  return {
    id: freeId(
      'outcome',
      script.outcomes.map((o) => o.id),
    ),
    label: { lv: '' },
  };
}

export function newObjection(script: Script): ObjectionCard {
  return {
    id: freeId(
      'objection',
      (script.objections ?? []).map((o) => o.id),
    ),
    label: { lv: '' },
    say: [''],
  };
}

/** The problems under one path (`steps[2]` holds `steps[2].say[0]`), for showing beside it. */
export function problemsAt(problems: readonly PackProblem[], path: string): PackProblem[] {
  return problems.filter(
    (p) => p.path === path || p.path.startsWith(`${path}.`) || p.path.startsWith(`${path}[`),
  );
}

/** A step's id changed: every link to it follows (start, next, answers, objection cards). */
export function renameStep(script: Script, from: string, to: string): Script {
  if (from === to) return script;
  const id = (s: string) => (s === from ? to : s);
  const out: Script = {
    ...script,
    start: id(script.start),
    steps: script.steps.map((s) => ({
      ...s,
      id: id(s.id),
      ...(s.next !== undefined ? { next: id(s.next) } : {}),
      ...(s.answers ? { answers: s.answers.map((a) => ({ ...a, next: id(a.next) })) } : {}),
    })),
  };
  if (script.repeatStart !== undefined) out.repeatStart = id(script.repeatStart);
  if (script.resumeStart !== undefined) out.resumeStart = id(script.resumeStart);
  if (script.objections) {
    out.objections = script.objections.map((o) =>
      o.returnTo !== undefined ? { ...o, returnTo: id(o.returnTo) } : o,
    );
  }
  return out;
}
