import { VARIABLE_NAMES } from '../model/pack';
import { NOTE_SLOTS } from '../model/script';
import type { LocalizedText } from '../model/text';
import { clip, formatPath, problem, type PackProblem, type PathKey } from '../packs/problems';
import type { CompiledScript } from './compile';
import { malformedSlots, slotNames } from './slots';

/**
 * Texts of one script: every text people read has its Latvian, and every `{slot}` is one a
 * call can fill: the agent's variables and the script's fields; a note also its own slots
 * (path, outcome, objections, script).
 */

const MISSING_LV = {
  lv: 'Trūkst teksta latviski.',
  en: 'The Latvian text is missing.',
};

function blank(text: string | undefined): boolean {
  return text === undefined || text.trim() === '';
}

export function textProblems(c: CompiledScript, at: PathKey[]): PackProblem[] {
  const s = c.script;
  const out: PackProblem[] = [];
  const sayable = new Set<string>([...VARIABLE_NAMES, ...c.fields.keys()]);
  const noteable = new Set<string>([...sayable, ...NOTE_SLOTS]);

  const lv = (text: LocalizedText | undefined, keys: PathKey[]) => {
    if (text !== undefined && blank(text.lv))
      out.push(problem(formatPath([...keys, 'lv']), MISSING_LV.lv, MISSING_LV.en));
  };
  const template = (text: string, keys: PathKey[], known: ReadonlySet<string>) => {
    const path = formatPath(keys);
    if (blank(text)) {
      out.push(problem(path, MISSING_LV.lv, MISSING_LV.en));
      return;
    }
    for (const group of malformedSlots(text)) {
      const g = clip(group, 40);
      out.push(
        problem(
          path,
          `«${g}» nav mainīgais: nosaukumā ir tikai latīņu burti, cipari un pasvītras, un tas sākas ar burtu. Aģents redzētu iekavas.`,
          `"${g}" is not a slot: a slot name has only Latin letters, digits and underscores and starts with a letter. The agent would see the braces.`,
        ),
      );
    }
    for (const name of new Set(slotNames(text))) {
      if (known.has(name)) continue;
      const names = clip([...known].map((k) => `{${k}}`).join(', '), 300);
      out.push(
        problem(
          path,
          `Nezināms mainīgais {${clip(name, 40)}}; var lietot: ${names}.`,
          `Unknown slot {${clip(name, 40)}}; the slots are: ${names}.`,
        ),
      );
    }
  };

  lv(s.name, [...at, 'name']);
  lv(s.description, [...at, 'description']);
  template(s.note, [...at, 'note'], noteable);
  s.steps.forEach((step, j) => {
    const here = [...at, 'steps', j];
    lv(step.title, [...here, 'title']);
    lv(step.notes, [...here, 'notes']);
    step.say.forEach((text, k) => template(text, [...here, 'say', k], sayable));
    (step.answers ?? []).forEach((a, k) => lv(a.label, [...here, 'answers', k, 'label']));
    (step.captures ?? []).forEach((capture, k) => {
      lv(capture.label, [...here, 'captures', k, 'label']);
      if (capture.kind !== 'choice') return;
      capture.options.forEach((o, m) =>
        lv(o.label, [...here, 'captures', k, 'options', m, 'label']),
      );
    });
  });
  (s.objections ?? []).forEach((card, k) => {
    const here = [...at, 'objections', k];
    lv(card.label, [...here, 'label']);
    lv(card.notes, [...here, 'notes']);
    card.say.forEach((text, m) => template(text, [...here, 'say', m], sayable));
  });
  s.outcomes.forEach((outcome, k) => {
    lv(outcome.label, [...at, 'outcomes', k, 'label']);
    if (outcome.note !== undefined)
      template(outcome.note, [...at, 'outcomes', k, 'note'], noteable);
  });
  return out;
}
