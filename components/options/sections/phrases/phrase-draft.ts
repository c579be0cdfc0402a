import type { MessageKey } from '../../../../lib/core/i18n/lv';
import type { LibraryPhrase, Situation } from '../../../../lib/core/model/pack';

/** A personal library phrase as the form edits it. */
export interface PhraseDraft {
  text: string;
  situation: Situation;
  abbreviation: string;
}

export const EMPTY_PHRASE_DRAFT: PhraseDraft = { text: '', situation: 'opening', abbreviation: '' };

/** Who already uses an abbreviation: a phrase of a pack or of the agent's own. */
export interface AbbreviationOwner {
  id: string;
  text: string;
}

/** A problem the form finds before the pack schema sees the phrase. */
export interface DraftIssue {
  field: 'text' | 'abbreviation';
  key: MessageKey;
  params?: Record<string, string>;
}

export function newPhraseId(now = Date.now()): string {
  const random = Math.floor(Math.random() * 36 ** 4)
    .toString(36)
    .padStart(4, '0');
  return `mine-phrase-${now.toString(36)}-${random}`;
}

export function phraseToDraft(phrase: LibraryPhrase): PhraseDraft {
  return {
    text: phrase.text,
    situation: phrase.situation,
    abbreviation: phrase.abbreviation ?? '',
  };
}

/** The stored phrase: trimmed text, and the abbreviation only when there is one. */
export function draftToPhrase(id: string, draft: PhraseDraft): LibraryPhrase {
  const abbreviation = draft.abbreviation.trim();
  return {
    id,
    situation: draft.situation,
    text: draft.text.trim(),
    ...(abbreviation ? { abbreviation } : {}),
  };
}

/**
 * What the pack schema cannot know: the text is required, an abbreviation is one word (the page
 * expands the word before the caret) and belongs to one phrase only.
 */
export function checkPhraseDraft(
  draft: PhraseDraft,
  owners: ReadonlyMap<string, AbbreviationOwner>,
  ownId: string | null,
): DraftIssue[] {
  const issues: DraftIssue[] = [];
  if (draft.text.trim() === '') issues.push({ field: 'text', key: 'options.phrases.needText' });
  const abbreviation = draft.abbreviation.trim();
  if (/\s/.test(abbreviation))
    issues.push({ field: 'abbreviation', key: 'options.phrases.abbreviationSpace' });
  const owner = abbreviation ? owners.get(abbreviation) : undefined;
  if (owner && owner.id !== ownId)
    issues.push({
      field: 'abbreviation',
      key: 'options.phrases.abbreviationTaken',
      params: { abbreviation, text: owner.text },
    });
  return issues;
}
