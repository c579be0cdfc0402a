import type { ChecklistItem } from '../model/pack';
import type {
  ObjectionCard,
  Script,
  ScriptAnswer,
  ScriptCapture,
  ScriptOutcome,
  ScriptStep,
} from '../model/script';

export interface CompiledStep {
  step: ScriptStep;
  /** Position in `script.steps` (script order for lists). */
  index: number;
  answers: ReadonlyMap<string, ScriptAnswer>;
}

/** A script indexed once, so each move of a call is a few map lookups. */
export interface CompiledScript {
  script: Script;
  steps: ReadonlyMap<string, CompiledStep>;
  /** Captures by field id; the first definition wins when a field is asked on two steps. */
  fields: ReadonlyMap<string, ScriptCapture>;
  outcomes: ReadonlyMap<string, ScriptOutcome>;
  cards: ReadonlyMap<string, ObjectionCard>;
  /** Required and compliance steps, in script order: the call's checklist. */
  required: readonly ScriptStep[];
  /** Steps with a detector, as checklist items for the engine's detector. */
  detectable: readonly ChecklistItem[];
  /** The alternative first steps; only the one a call began with can be missing. */
  entries: ReadonlySet<string>;
}

const cache = new WeakMap<Script, CompiledScript>();

function byId<T extends { id: string }>(items: readonly T[] | undefined): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items ?? []) if (!map.has(item.id)) map.set(item.id, item);
  return map;
}

function build(script: Script): CompiledScript {
  const steps = new Map<string, CompiledStep>();
  const fields = new Map<string, ScriptCapture>();
  const required: ScriptStep[] = [];
  const detectable: ChecklistItem[] = [];
  script.steps.forEach((step, index) => {
    if (steps.has(step.id)) return;
    steps.set(step.id, { step, index, answers: byId(step.answers) });
    for (const capture of step.captures ?? []) {
      if (!fields.has(capture.id)) fields.set(capture.id, capture);
    }
    if (isRequired(step)) required.push(step);
    if (step.detect) detectable.push({ id: step.id, text: step.title, detect: step.detect });
  });
  const entries = new Set(
    [script.start, script.repeatStart, script.resumeStart].filter(
      (id): id is string => id !== undefined,
    ),
  );
  return {
    script,
    steps,
    fields,
    outcomes: byId(script.outcomes),
    cards: byId(script.objections),
    required,
    detectable,
    entries,
  };
}

function isRequired(step: ScriptStep): boolean {
  return step.required === true || step.compliance === true;
}

/** The compiled form of a script, built once per script object. */
export function compileScript(script: Script): CompiledScript {
  let compiled = cache.get(script);
  if (!compiled) {
    compiled = build(script);
    cache.set(script, compiled);
  }
  return compiled;
}
