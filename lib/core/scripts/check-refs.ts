import { VARIABLE_NAMES } from '../model/pack';
import { NOTE_SLOTS, type ScriptCapture } from '../model/script';
import { formatPath, problem, type PackProblem, type PathKey } from '../packs/problems';
import { findDuplicateIds } from '../packs/semantic';
import type { CompiledScript } from './compile';

/**
 * Ids and references inside one script: ids are unique where they must be, every step,
 * outcome and field a script names exists, fields keep one kind, and the resume step has no
 * exits of its own. `at` is the script's path (`scripts[2]`).
 */

/** Field names that already mean something in a template, or that a stored record refuses. */
const RESERVED_FIELDS: ReadonlySet<string> = new Set([
  ...VARIABLE_NAMES,
  ...NOTE_SLOTS,
  'constructor',
  'prototype',
]);

function noStep(path: string, target: string): PackProblem {
  return problem(
    path,
    `Nav soļa «${target}»: jānorāda šī skripta soļa identifikators.`,
    `There is no step "${target}": this must be the id of a step of this script.`,
  );
}

function duplicates(c: CompiledScript, at: PathKey[]): PackProblem[] {
  const s = c.script;
  const list = <T>(items: readonly T[] | undefined, path: PathKey[]) =>
    (items ?? []).map((value, i) => ({ value, path: [...path, i] }));
  const out = [
    ...findDuplicateIds(list(s.steps, [...at, 'steps']), { lv: 'Soļa id', en: 'Step id' }),
    ...findDuplicateIds(list(s.objections, [...at, 'objections']), {
      lv: 'Iebildumu kartītes id',
      en: 'Objection card id',
    }),
    ...findDuplicateIds(list(s.outcomes, [...at, 'outcomes']), {
      lv: 'Iznākuma id',
      en: 'Outcome id',
    }),
  ];
  s.steps.forEach((step, j) => {
    const here = [...at, 'steps', j];
    out.push(
      ...findDuplicateIds(list(step.answers, [...here, 'answers']), {
        lv: 'Atbildes id',
        en: 'Answer id',
      }),
      ...findDuplicateIds(list(step.captures, [...here, 'captures']), {
        lv: 'Lauka id',
        en: 'Field id',
      }),
    );
    (step.captures ?? []).forEach((capture, k) => {
      if (capture.kind !== 'choice') return;
      out.push(
        ...findDuplicateIds(list(capture.options, [...here, 'captures', k, 'options']), {
          lv: 'Varianta id',
          en: 'Option id',
        }),
      );
    });
  });
  return out;
}

function captureProblems(capture: ScriptCapture, path: PathKey[]): PackProblem[] {
  const out: PackProblem[] = [];
  if (RESERVED_FIELDS.has(capture.id)) {
    out.push(
      problem(
        formatPath([...path, 'id']),
        `Lauka nosaukums «${capture.id}» ir aizņemts: {${capture.id}} jau nozīmē ko citu. Izvēlieties citu nosaukumu.`,
        `The field name "${capture.id}" is taken: {${capture.id}} already means something else. Choose another name.`,
      ),
    );
  }
  if (capture.kind === 'number' && capture.min !== undefined && capture.max !== undefined) {
    if (capture.min > capture.max) {
      out.push(
        problem(
          formatPath([...path, 'min']),
          `«min» (${capture.min}) ir lielāks par «max» (${capture.max}).`,
          `"min" (${capture.min}) is greater than "max" (${capture.max}).`,
        ),
      );
    }
  }
  return out;
}

export function referenceProblems(c: CompiledScript, at: PathKey[]): PackProblem[] {
  const s = c.script;
  const out = duplicates(c, at);
  const step = (target: string | undefined, keys: PathKey[]) => {
    if (target !== undefined && !c.steps.has(target)) out.push(noStep(formatPath(keys), target));
  };
  step(s.start, [...at, 'start']);
  step(s.repeatStart, [...at, 'repeatStart']);
  step(s.resumeStart, [...at, 'resumeStart']);

  const firstAsked = new Map<string, { kind: string; step: string }>();
  s.steps.forEach((st, j) => {
    const here = [...at, 'steps', j];
    step(st.next, [...here, 'next']);
    (st.answers ?? []).forEach((a, k) => step(a.next, [...here, 'answers', k, 'next']));
    (st.outcomes ?? []).forEach((id, k) => {
      if (c.outcomes.has(id)) return;
      out.push(
        problem(
          formatPath([...here, 'outcomes', k]),
          `Nav iznākuma «${id}»: jānorāda kāds no skripta iznākumiem («outcomes»).`,
          `There is no outcome "${id}": this must be one of the script's "outcomes".`,
        ),
      );
    });
    (st.captures ?? []).forEach((capture, k) => {
      out.push(...captureProblems(capture, [...here, 'captures', k]));
      const earlier = firstAsked.get(capture.id);
      if (!earlier) firstAsked.set(capture.id, { kind: capture.kind, step: st.id });
      else if (earlier.kind !== capture.kind) {
        out.push(
          problem(
            formatPath([...here, 'captures', k, 'kind']),
            `Lauks «${capture.id}» solī «${earlier.step}» jau ir ar veidu «${earlier.kind}»; vienam laukam visur jābūt vienam veidam.`,
            `The field "${capture.id}" already has the kind "${earlier.kind}" at step "${earlier.step}"; a field has one kind everywhere.`,
          ),
        );
      }
    });
    if (st.id === s.resumeStart && ((st.answers?.length ?? 0) > 0 || st.next !== undefined)) {
      out.push(
        problem(
          formatPath(here),
          `Solis «${st.id}» ir atsākšanas solis («resumeStart»): tā «tālāk» ved atpakaļ uz soli, kur saruna pārtrūka, tāpēc tam nevar būt ne atbilžu, ne «next».`,
          `The step "${st.id}" is the resume step ("resumeStart"): its "next" returns to the step where the line dropped, so it cannot have answers or a "next".`,
        ),
      );
    }
  });

  (s.objections ?? []).forEach((card, k) =>
    step(card.returnTo, [...at, 'objections', k, 'returnTo']),
  );
  s.outcomes.forEach((outcome, k) => {
    (outcome.requires ?? []).forEach((field, m) => {
      if (c.fields.has(field)) return;
      out.push(
        problem(
          formatPath([...at, 'outcomes', k, 'requires', m]),
          `Iznākumam «${outcome.id}» vajag lauku «${field}», bet neviens solis šādu lauku neprasa.`,
          `The outcome "${outcome.id}" needs the field "${field}", but no step asks for it.`,
        ),
      );
    });
  });
  return out;
}
