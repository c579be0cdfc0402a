import type { KnownChange } from '../../core/engine/checker-types';
import { adapterFor } from '../fields/adapters/registry';
import type { EditableField } from '../fields/editable';
import { replaceSpan, type ReplaceOutcome } from '../fields/replace';
import type { FieldSnapshot } from '../fields/snapshot';
import type { FindingOutcome, Finding } from '../../core/model/finding';
import { recordInputTiming } from '../bootstrap/frame-state';
import { findingAt, findingKey } from './finding-view';
import { frameQueueOf } from './frame-queue';
import { newlyShown, textEdit, type TextEdit } from '../../core/engine/edit-spans';
import type { PageUi } from './ui/page-ui';
import { firstEmptySlot } from '../../core/model/slots';

export interface FieldChecker {
  /**
   * Findings for the field's whole text (the checker re-checks only what changed; `change`,
   * the session's own diff from the last checked text, spares it a second one).
   */
  check(field: EditableField, text: string, change?: KnownChange): Finding[];
}

export interface FieldSessionDeps {
  checker: FieldChecker;
  ui: PageUi;
  ignored: Set<string>;
  report(event: FindingOutcome, finding: Finding): void;
  /** After each check: the field's text and what is shown (sidebar relay, checklist ticks). */
  onChecked(text: string, findings: readonly Finding[]): void;
  /** Typing abbreviations («;sv» → a library phrase) and the key that expands them. */
  abbreviations(): { expansions: ReadonlyMap<string, string>; key: 'tab' | 'space' };
}

export interface FieldSession {
  readonly field: EditableField;
  recheck(): void;
  apply(finding: Finding, suggestion: string): Promise<ReplaceOutcome>;
  /** Inserts text at the caret (or where it was when the field lost focus). */
  insert(text: string): Promise<ReplaceOutcome>;
  findings(): readonly Finding[];
  /** Focus left the field (perhaps for the sidebar): hide the UI, keep the session for apply. */
  park(): void;
  dispose(): void;
}

const NAVIGATION_KEYS = new Set([
  'ArrowLeft',
  'ArrowRight',
  'ArrowUp',
  'ArrowDown',
  'Home',
  'End',
  'PageUp',
  'PageDown',
]);

/**
 * One focused field: reads it through its adapter, checks on every edit (not during IME
 * composition), paints highlights, shows the badge and the card, and replaces spans through
 * the same adapter. Every listener is tied to one AbortController, released on blur.
 */
export function createFieldSession(field: EditableField, deps: FieldSessionDeps): FieldSession {
  const adapter = adapterFor(field);
  const controller = new AbortController();
  const { signal } = controller;
  const doc = field.ownerDocument;
  const win = doc.defaultView ?? window;
  let composing = false;
  let snapshot: FieldSnapshot = adapter.snapshot(field);
  let current: Finding[] = [];
  /** What the last check showed, and the text it checked (to follow findings through edits). */
  let shownBefore: readonly Finding[] = [];
  let checkedText = '';
  let alignQueued = false;
  let lastCaret: number | null = null;

  const readSnapshot = () => {
    snapshot = adapter.snapshot(field);
    if (snapshot.caret !== null) lastCaret = snapshot.caret;
    return snapshot;
  };

  const visible = () =>
    deps.ignored.size === 0 ? current : current.filter((f) => !deps.ignored.has(findingKey(f)));

  /** Counts a finding as flagged once, when it first shows. */
  function reportNewFindings(edit: TextEdit, shown: readonly Finding[]): void {
    for (const finding of newlyShown(shownBefore, edit, shown)) deps.report('flagged', finding);
    shownBefore = shown;
  }

  function recheck(): void {
    checkQueued = false;
    readSnapshot();
    const before = checkedText;
    const edit = textEdit(before, snapshot.text);
    checkedText = snapshot.text;
    current = deps.checker.check(field, snapshot.text, { before, edit });
    const shown = visible();
    reportNewFindings(edit, shown);
    deps.ui.paint(field, snapshot, shown, edit);
    deps.onChecked(snapshot.text, shown);
    if (deps.ui.cardOpen()) {
      const atCaret = findingAt(shown, snapshot.caret);
      if (shown.length === 0) deps.ui.closeCard();
      else deps.ui.openCard(field, atCaret ? [atCaret] : shown);
    }
  }

  // Typing only marks the field for a check, done once per frame before the browser paints:
  // the highlights still appear in the frame that shows the keystroke, the page's own input
  // handling never waits for the engine, and a burst of keystrokes in one frame is one check.
  // Anything that needs the findings of the text as it is now runs the pending check first.
  let checkQueued = false;
  const inNextFrame = frameQueueOf(win);

  function runQueuedCheck(): void {
    if (!checkQueued || signal.aborted) return;
    const started = performance.now();
    recheck();
    recordInputTiming(performance.now() - started);
  }

  function queueCheck(): void {
    if (checkQueued) return;
    checkQueued = true;
    inNextFrame(runQueuedCheck);
  }

  function currentFindings(): readonly Finding[] {
    runQueuedCheck();
    return visible();
  }

  function openCardAtCaret(): void {
    runQueuedCheck();
    readSnapshot();
    const atCaret = findingAt(visible(), snapshot.caret);
    if (atCaret) deps.ui.openCard(field, [atCaret]);
  }

  async function apply(finding: Finding, suggestion: string): Promise<ReplaceOutcome> {
    const outcome = await replaceSpan(adapter, field, {
      start: finding.start,
      end: finding.end,
      expected: finding.text,
      replacement: suggestion,
      selectAfter: firstEmptySlot(suggestion),
    });
    if (outcome.ok) deps.report('accepted', finding);
    deps.ui.closeCard();
    field.focus();
    recheck();
    return outcome;
  }

  async function insert(text: string): Promise<ReplaceOutcome> {
    readSnapshot();
    const at = Math.min(lastCaret ?? snapshot.text.length, snapshot.text.length);
    const outcome = await replaceSpan(adapter, field, {
      start: at,
      end: at,
      expected: '',
      replacement: text,
      selectAfter: firstEmptySlot(text),
    });
    recheck();
    return outcome;
  }

  /** Expands an abbreviation right before the caret; true when it did. */
  function expandAbbreviation(event: KeyboardEvent): boolean {
    const { expansions, key } = deps.abbreviations();
    if (expansions.size === 0) return false;
    const trigger = key === 'tab' ? event.key === 'Tab' : event.key === ' ';
    if (!trigger || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return false;
    readSnapshot();
    const caret = snapshot.caret;
    if (caret === null) return false;
    let start = caret;
    while (start > 0 && !/\s/.test(snapshot.text[start - 1] ?? '')) start--;
    const word = snapshot.text.slice(start, caret);
    const expansion = expansions.get(word);
    if (expansion === undefined) return false;
    event.preventDefault();
    event.stopPropagation();
    const replacement = key === 'space' ? `${expansion} ` : expansion;
    void replaceSpan(adapter, field, {
      start,
      end: caret,
      expected: word,
      replacement,
      selectAfter: firstEmptySlot(replacement),
    }).then(recheck);
    return true;
  }

  function queueAlign(): void {
    if (alignQueued) return;
    alignQueued = true;
    inNextFrame(() => {
      alignQueued = false;
      if (!field.isConnected) return dispose();
      deps.ui.align(field);
    });
  }

  function onKeyDown(event: KeyboardEvent): void {
    if (!event.isTrusted || composing) return;
    if (expandAbbreviation(event)) return;
    if (event.key === 'Enter' && event.altKey && !event.ctrlKey && !event.metaKey) {
      runQueuedCheck();
      readSnapshot();
      const target = findingAt(visible(), snapshot.caret);
      const first = target?.suggestions[0];
      if (target && first !== undefined) {
        event.preventDefault();
        event.stopPropagation();
        void apply(target, first);
      }
    } else if (event.key === 'Escape' && deps.ui.cardOpen()) {
      event.preventDefault();
      event.stopPropagation();
      deps.ui.closeCard();
      field.focus();
    }
  }

  function onKeyUp(event: KeyboardEvent): void {
    if (NAVIGATION_KEYS.has(event.key)) openCardAtCaret();
  }

  function dispose(): void {
    if (signal.aborted) return;
    controller.abort();
    adapter.release?.(field);
    deps.ui.clear(field);
  }

  const target: HTMLElement = field;
  const listen = { signal };
  const capture = { signal, capture: true };
  target.addEventListener(
    'input',
    () => {
      if (!composing) queueCheck();
    },
    listen,
  );
  target.addEventListener('compositionstart', () => (composing = true), listen);
  target.addEventListener(
    'compositionend',
    () => {
      composing = false;
      recheck();
    },
    listen,
  );
  target.addEventListener('keydown', onKeyDown, capture);
  target.addEventListener('keyup', onKeyUp, listen);
  target.addEventListener('mouseup', () => win.setTimeout(openCardAtCaret, 0), listen);
  target.addEventListener('scroll', queueAlign, listen);
  win.addEventListener('scroll', queueAlign, { signal, capture: true, passive: true });
  win.addEventListener('resize', queueAlign, { signal, passive: true });
  const resize = new ResizeObserver(queueAlign);
  resize.observe(field);
  signal.addEventListener('abort', () => resize.disconnect());

  recheck();

  return {
    field,
    recheck,
    apply,
    insert,
    findings: currentFindings,
    park: () => deps.ui.clear(field),
    dispose,
  };
}
