import type { Channel, Phase, Rule, Severity } from '../../../../../lib/core/model/pack';
import { withoutDiacritics } from './diacritics';

/** What the personal-rule form edits: text fields as typed, turned into a `Rule` on save. */
export interface RuleDraft {
  id: string;
  /** One phrase or form per line. */
  phrases: string;
  /** Flag the phrase only when it is the whole sentence («Nē!»). */
  standalone: boolean;
  /** The phrases are dictionary forms: every inflected form is flagged. */
  allForms: boolean;
  severity: Severity;
  reason: string;
  /** One suggestion per line; may contain {variables}. */
  suggestions: string;
  phases: Phase[];
  channels: Channel[];
}

export const EMPTY_DRAFT: RuleDraft = {
  id: '',
  phrases: '',
  standalone: false,
  allForms: false,
  severity: 'warning',
  reason: '',
  suggestions: '',
  phases: [],
  channels: [],
};

export function lines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/** A rule id from the first phrase («Es nezinu» → `mans-es-nezinu`). */
export function suggestRuleId(phrases: string): string {
  const first = lines(phrases)[0] ?? '';
  const slug = withoutDiacritics(first)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug ? `mans-${slug}` : '';
}

/**
 * The rule the draft describes; validation (`putPersonalRule`) decides whether it is usable.
 * With all forms, each phrase is a lemma with the `forms` expanded so far (none yet: it matches
 * only itself until the dictionary has loaded).
 */
export function draftToRule(
  draft: RuleDraft,
  forms: ReadonlyMap<string, readonly string[]> | null = null,
): Rule {
  const phrases = lines(draft.phrases);
  const lemmas = phrases.map((lemma) => {
    const found = forms?.get(lemma);
    return found ? { lemma, forms: [...found] } : { lemma };
  });
  const rule: Rule = {
    id: draft.id.trim() || suggestRuleId(draft.phrases),
    language: 'lv',
    severity: draft.severity,
    match: draft.standalone
      ? { kind: 'standalone', phrases }
      : draft.allForms
        ? { kind: 'phrase', phrases, lemmas }
        : { kind: 'phrase', phrases },
    reason: { lv: draft.reason.trim() },
    replacements: lines(draft.suggestions),
  };
  // Empty lists mean "everywhere"; an empty array would be a rule that never applies.
  if (draft.phases.length > 0) rule.phases = [...draft.phases];
  if (draft.channels.length > 0) rule.channels = [...draft.channels];
  return rule;
}

/** The form's fields for an existing personal rule (only phrase and standalone rules are editable here). */
export function ruleToDraft(rule: Rule): RuleDraft {
  const phrases =
    rule.match.kind === 'phrase' || rule.match.kind === 'standalone' ? rule.match.phrases : [];
  return {
    id: rule.id,
    phrases: phrases.join('\n'),
    standalone: rule.match.kind === 'standalone',
    allForms: rule.match.kind === 'phrase' && (rule.match.lemmas?.length ?? 0) > 0,
    severity: rule.severity,
    reason: rule.reason.lv,
    suggestions: rule.replacements.join('\n'),
    phases: [...(rule.phases ?? [])],
    channels: [...(rule.channels ?? [])],
  };
}
