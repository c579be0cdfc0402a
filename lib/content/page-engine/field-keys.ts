import type { Finding, FindingRef } from '../../core/model/finding';
import type { FieldSnapshot } from '../fields/snapshot';

/** What the keyboard commands need of their field session. */
export interface FieldKeysHost {
  /** A real event in the field: the session starts working and tells the background. */
  activate(event: Event): void;
  composing(): boolean;
  /** The field as it is now (a pending check runs first). */
  snapshot(): FieldSnapshot;
  findingAtCaret(): Finding | null;
  abbreviations(): { keys: ReadonlySet<string>; key: 'tab' | 'space' };
  fill(finding: Finding): Promise<string | null>;
  expand(abbreviation: string): Promise<string | null>;
  replace(start: number, end: number, expected: string, text: string): void;
  apply(finding: FindingRef, text: string): void;
  cardOpen(): boolean;
  closeCard(): void;
}

/** The word right before the caret: [start, word], or null. */
function wordBeforeCaret(snapshot: FieldSnapshot): [number, string] | null {
  const caret = snapshot.caret;
  if (caret === null) return null;
  let start = caret;
  while (start > 0 && !/\s/.test(snapshot.text[start - 1] ?? '')) start--;
  return [start, snapshot.text.slice(start, caret)];
}

/**
 * The agent's keys in a field: an abbreviation + Tab (or Space) expands to a library phrase,
 * Alt+Enter applies the first suggestion of the phrase at the caret, Escape closes the card.
 * Only real key presses count (a page's synthetic keydown does nothing), and the texts come
 * filled from the background on that key press: the agent's values never wait in the page.
 */
export function listenForKeys(target: HTMLElement, signal: AbortSignal, host: FieldKeysHost): void {
  function expandAbbreviation(event: KeyboardEvent): boolean {
    const { keys, key } = host.abbreviations();
    if (keys.size === 0) return false;
    const trigger = key === 'tab' ? event.key === 'Tab' : event.key === ' ';
    if (!trigger || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return false;
    const before = wordBeforeCaret(host.snapshot());
    if (!before || !keys.has(before[1])) return false;
    event.preventDefault();
    event.stopPropagation();
    const [start, word] = before;
    void host.expand(word).then((text) => {
      // The field is re-read when replacing: if the agent typed on meanwhile, nothing happens.
      if (text !== null)
        host.replace(start, start + word.length, word, key === 'space' ? `${text} ` : text);
    });
    return true;
  }

  function onKeyDown(event: KeyboardEvent): void {
    if (!event.isTrusted || host.composing()) return;
    host.activate(event);
    if (expandAbbreviation(event)) return;
    if (event.key === 'Enter' && event.altKey && !event.ctrlKey && !event.metaKey) {
      const target = host.findingAtCaret();
      if (!target) return;
      event.preventDefault();
      event.stopPropagation();
      void host.fill(target).then((text) => {
        if (text !== null) host.apply(target, text);
      });
    } else if (event.key === 'Escape' && host.cardOpen()) {
      event.preventDefault();
      event.stopPropagation();
      host.closeCard();
    }
  }

  target.addEventListener('keydown', onKeyDown, { signal, capture: true });
}
