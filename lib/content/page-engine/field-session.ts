import type { KnownChange } from '../../core/engine/checker-types';
import { editedText, textEdit } from '../../core/engine/edit-spans';
import { createFlagCounter } from '../../core/engine/flag-counter';
import type { Finding, FindingOutcome, FindingRef } from '../../core/model/finding';
import { firstEmptySlot } from '../../core/model/slots';
import { recordInputTiming } from '../bootstrap/frame-state';
import { adapterFor } from '../fields/adapters/registry';
import type { EditableField } from '../fields/editable';
import { replaceSpan, type ReplaceOutcome } from '../fields/replace';
import type { FieldSnapshot } from '../fields/snapshot';
import { listenForKeys } from './field-keys';
import { findingAt, findingKey } from './finding-view';
import { frameQueueOf } from './frame-queue';
import type { PageUi } from './ui/page-ui';

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
  /**
   * After each check: the field's text, what is shown, and the text the agent typed or had
   * inserted since the last check ('' when the change came from the page's own scripts).
   */
  onChecked(text: string, findings: readonly Finding[], agentText: string): void;
  /** Typing abbreviations («;sv») and the key that expands them. */
  abbreviations(): { keys: ReadonlySet<string>; key: 'tab' | 'space' };
  /** The filled first suggestion of a finding, asked on a real Alt+Enter. */
  fill(finding: Finding): Promise<string | null>;
  /** The filled text of an abbreviation, asked on a real key press. */
  expand(abbreviation: string): Promise<string | null>;
  /** The agent typed or clicked in this field for real. */
  interacted(): void;
}

export interface FieldSession {
  readonly field: EditableField;
  recheck(): void;
  /** Replaces a finding (still where it was) with a suggestion the agent chose. */
  apply(finding: FindingRef, suggestion: string): Promise<ReplaceOutcome>;
  /**
   * Inserts text at the caret (or where it was when the field lost focus); `end`: after the
   * field's text, on a line of its own (a call note added to the notes).
   */
  insert(text: string, where?: 'caret' | 'end'): Promise<ReplaceOutcome>;
  /** The agent ignored a finding in the card. */
  ignore(finding: FindingRef): void;
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

const sameRef = (a: FindingRef, b: FindingRef) =>
  a.ruleId === b.ruleId && a.start === b.start && a.end === b.end && a.text === b.text;

/**
 * One focused field: reads it through its adapter, checks on every edit (not during IME
 * composition), paints highlights, shows the badge and the card, and replaces spans through
 * the same adapter. It starts working only once the agent acts in it (a real key, pointer or
 * input event, or a focus the agent's own gesture caused): a page focusing or filling a field
 * by script gets nothing painted, and text the page inserts never counts as the agent's.
 * Every listener is tied to one AbortController, released on blur.
 */
export function createFieldSession(field: EditableField, deps: FieldSessionDeps): FieldSession {
  const adapter = adapterFor(field);
  const controller = new AbortController();
  const { signal } = controller;
  const doc = field.ownerDocument;
  const win = doc.defaultView ?? window;
  // A focus caused by the agent's own click or key comes with the page's user activation.
  let active = win.navigator.userActivation?.isActive ?? false;
  let composing = false;
  let snapshot: FieldSnapshot = adapter.snapshot(field);
  let current: Finding[] = [];
  /** What the last check showed, and the text it checked (to follow findings through edits). */
  let shownBefore: readonly Finding[] = [];
  let checkedText = '';
  let alignQueued = false;
  let lastCaret: number | null = null;
  /** A real input event came since the last check; or the text we inserted for the agent. */
  let agentTyped = false;
  let agentInserted = '';

  const readSnapshot = () => {
    snapshot = adapter.snapshot(field);
    if (snapshot.caret !== null) lastCaret = snapshot.caret;
    return snapshot;
  };

  const visible = () =>
    deps.ignored.size === 0 ? current : current.filter((f) => !deps.ignored.has(findingKey(f)));

  // A finding counts as flagged once, when the agent's own typing made it and moved past it.
  const flags = createFlagCounter<Finding>((finding) => deps.report('flagged', finding));
  const settleFlags = () => flags.settle((finding) => visible().some((f) => sameRef(f, finding)));

  function recheck(): void {
    checkQueued = false;
    if (!active) return;
    readSnapshot();
    const before = checkedText;
    const edit = textEdit(before, snapshot.text);
    checkedText = snapshot.text;
    const agentText = agentInserted || (agentTyped ? editedText(edit, snapshot.text) : '');
    agentTyped = false;
    agentInserted = '';
    current = deps.checker.check(field, snapshot.text, { before, edit });
    const shown = visible();
    flags.checked(edit, shownBefore, shown, snapshot.caret, agentText !== '');
    shownBefore = shown;
    deps.ui.paint(field, snapshot, shown, edit);
    deps.onChecked(snapshot.text, shown, agentText);
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

  /**
   * The field as it was when the agent started working in it: its text and findings are the
   * page's (or typed earlier), not the agent's work now, so they are not reported or ticked.
   */
  function takeBaseline(): void {
    readSnapshot();
    checkedText = snapshot.text;
    current = deps.checker.check(field, snapshot.text, {
      before: '',
      edit: textEdit('', snapshot.text),
    });
    shownBefore = visible();
  }

  function startWorking(): void {
    active = true;
    takeBaseline();
    deps.ui.warmCard();
  }

  function activate(event: Event): void {
    if (!event.isTrusted) return;
    deps.interacted();
    if (active) return;
    startWorking();
    queueCheck();
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

  /** Replaces [start, end) (still holding `expected`) with text the agent chose. */
  async function replace(start: number, end: number, expected: string, text: string) {
    agentInserted = text;
    return replaceSpan(adapter, field, {
      start,
      end,
      expected,
      replacement: text,
      selectAfter: firstEmptySlot(text),
    });
  }

  async function apply(finding: FindingRef, suggestion: string): Promise<ReplaceOutcome> {
    runQueuedCheck();
    const target = visible().find((f) => sameRef(f, finding));
    if (!target) return { ok: false, reason: 'stale' } as ReplaceOutcome;
    settleFlags();
    const outcome = await replace(target.start, target.end, target.text, suggestion);
    if (outcome.ok) deps.report('accepted', target);
    deps.ui.closeCard();
    field.focus();
    recheck();
    return outcome;
  }

  async function insert(text: string, where: 'caret' | 'end' = 'caret'): Promise<ReplaceOutcome> {
    readSnapshot();
    const end = snapshot.text.length;
    const at = where === 'end' ? end : Math.min(lastCaret ?? end, end);
    const gap = where === 'end' && end > 0 && !/\s$/.test(snapshot.text) ? '\n' : '';
    if (!active) startWorking();
    const outcome = await replace(at, at, '', gap + text);
    recheck();
    return outcome;
  }

  function ignore(finding: FindingRef): void {
    const target = visible().find((f) => sameRef(f, finding));
    if (!target) return;
    deps.ignored.add(findingKey(target));
    deps.report('ignored', target);
    recheck();
    field.focus();
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

  function dispose(): void {
    if (signal.aborted) return;
    settleFlags();
    controller.abort();
    adapter.release?.(field);
    deps.ui.clear(field);
  }

  const target: HTMLElement = field;
  const listen = { signal };
  const capture = { signal, capture: true };
  target.addEventListener('input', () => !composing && queueCheck(), listen);
  target.addEventListener(
    'beforeinput',
    (event) => {
      if (!event.isTrusted) return;
      agentTyped = true;
      activate(event);
    },
    capture,
  );
  target.addEventListener('pointerdown', activate, capture);
  target.addEventListener('compositionstart', () => (composing = true), listen);
  target.addEventListener(
    'compositionend',
    () => {
      composing = false;
      recheck();
    },
    listen,
  );
  listenForKeys(target, signal, {
    activate,
    composing: () => composing,
    snapshot: () => {
      runQueuedCheck();
      return readSnapshot();
    },
    findingAtCaret: () => findingAt(visible(), readSnapshot().caret),
    abbreviations: deps.abbreviations,
    fill: deps.fill,
    expand: deps.expand,
    replace: (start, end, expected, text) => void replace(start, end, expected, text).then(recheck),
    apply: (finding, text) => void apply(finding, text),
    cardOpen: () => deps.ui.cardOpen(),
    closeCard: () => {
      deps.ui.closeCard();
      field.focus();
    },
  });
  target.addEventListener(
    'keyup',
    (event) => {
      if (event.isTrusted && NAVIGATION_KEYS.has(event.key)) openCardAtCaret();
    },
    listen,
  );
  target.addEventListener(
    'mouseup',
    (event) => {
      if (event.isTrusted) win.setTimeout(openCardAtCaret, 0);
    },
    listen,
  );
  target.addEventListener('scroll', queueAlign, listen);
  win.addEventListener('scroll', queueAlign, { signal, capture: true, passive: true });
  win.addEventListener('resize', queueAlign, { signal, passive: true });
  const resize = new ResizeObserver(queueAlign);
  resize.observe(field);
  signal.addEventListener('abort', () => resize.disconnect());

  if (active) startWorking();
  recheck();

  return {
    field,
    recheck,
    apply,
    insert,
    ignore,
    findings: currentFindings,
    park: () => {
      settleFlags();
      deps.ui.clear(field);
    },
    dispose,
  };
}
