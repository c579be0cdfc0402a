import type { CheckContext } from '../engine/checker-types';
import type { Finding } from '../model/finding';
import type { Channel, Phase } from '../model/pack';
import type { ScriptCapture } from '../model/script';
import { clip, formatPath, problem, type PackProblem, type PathKey } from '../packs/problems';
import type { CompiledScript } from './compile';
import { fillSlots } from './slots';

/**
 * The handbook's rules applied to everything a script has the agent say: each step's variants
 * in its phase (objection cards in the body), in each channel the script is for (a call when
 * it does not say), with plausible values in the slots so that «{greeting}» or a contract
 * number does not trip a rule. A `warning` (or stronger) finding refuses the script; `info`
 * findings are warnings.
 */

/** What the wording check needs of the engine; a `Checker` is one. */
export interface WordingChecker {
  check(text: string, context: CheckContext): readonly WordingFinding[];
}
export type WordingFinding = Pick<Finding, 'ruleId' | 'severity' | 'message' | 'text'>;

/** Findings of one filled text in one context; shared by the scripts of one validation. */
export type WordingCache = Map<string, readonly WordingFinding[] | Error>;

const SAMPLE_VARIABLES: Readonly<Record<string, string>> = {
  agentName: 'Anna',
  agentSurname: 'Ozola',
  company: 'SIA Piemērs',
  customerName: 'Jānis Bērziņš',
  customerNameVocative: 'Jāni',
  greeting: 'Labdien',
};

function sampleOf(capture: ScriptCapture): string {
  switch (capture.kind) {
    case 'number':
      return String(capture.min !== undefined && capture.min > 12 ? capture.min : 12);
    case 'date':
      return '15.03.2030';
    case 'choice':
      return capture.options[0]?.label.lv ?? '12345';
    case 'yesno':
      return 'jā';
    case 'text':
      return '12345';
  }
}

export function sampleValues(c: CompiledScript): Record<string, string> {
  const captures: Record<string, string> = {};
  for (const [id, capture] of c.fields) captures[id] = sampleOf(capture);
  return { ...SAMPLE_VARIABLES, ...captures };
}

export interface WordingProblems {
  errors: PackProblem[];
  warnings: PackProblem[];
}

export function wordingProblems(
  c: CompiledScript,
  at: PathKey[],
  checker: WordingChecker,
  cache: WordingCache = new Map(),
): WordingProblems {
  const result: WordingProblems = { errors: [], warnings: [] };
  const samples = sampleValues(c);
  const channels: readonly Channel[] = c.script.appliesTo?.channels ?? ['call'];
  const { repeatStart, resumeStart } = c.script;

  const checkText = (text: string, phase: Phase, repeatCall: boolean, keys: PathKey[]) => {
    const filled = fillSlots(text, samples).text;
    const seen = new Set<string>();
    for (const channel of channels) {
      const context: CheckContext = { phase, channel, ...(repeatCall ? { repeatCall } : {}) };
      const key = `${phase}|${channel}|${repeatCall}|${filled}`;
      let found = cache.get(key);
      if (found === undefined) {
        found = run(checker, filled, context);
        cache.set(key, found);
      }
      report(found, formatPath(keys), seen, result);
    }
  };

  c.script.steps.forEach((step, j) => {
    const repeat = step.id === repeatStart || step.id === resumeStart;
    step.say.forEach((text, k) =>
      checkText(text, step.phase, repeat, [...at, 'steps', j, 'say', k]),
    );
  });
  (c.script.objections ?? []).forEach((card, k) =>
    card.say.forEach((text, m) =>
      checkText(text, 'body', false, [...at, 'objections', k, 'say', m]),
    ),
  );
  return result;
}

function run(
  checker: WordingChecker,
  text: string,
  context: CheckContext,
): readonly WordingFinding[] | Error {
  try {
    return checker.check(text, context);
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error));
  }
}

function report(
  found: readonly WordingFinding[] | Error,
  path: string,
  seen: Set<string>,
  into: WordingProblems,
): void {
  if (found instanceof Error) {
    const detail = clip(found.message, 160);
    if (seen.has('!')) return;
    seen.add('!');
    into.errors.push(
      problem(
        path,
        `Dzinēja kļūda, pārbaudot tekstu: ${detail}`,
        `The engine failed on this text: ${detail}`,
      ),
    );
    return;
  }
  for (const f of found) {
    const key = `${f.ruleId}|${f.text}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const words = clip(f.text, 60);
    if (f.severity === 'info') {
      into.warnings.push(
        problem(
          path,
          `Ieteikums (noteikums «${f.ruleId}», «${words}»): ${f.message}`,
          `Advice (rule "${f.ruleId}", "${words}"): ${f.message}`,
        ),
      );
    } else {
      into.errors.push(
        problem(
          path,
          `Teksts pārkāpj noteikumu «${f.ruleId}» («${words}»): ${f.message}`,
          `The wording breaks the rule "${f.ruleId}" ("${words}"): ${f.message}`,
        ),
      );
    }
  }
}
