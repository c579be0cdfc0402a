/**
 * Guided call scripts: what a pack's `scripts` hold (format `laipni-pack/2`), and the
 * serialisable progress of one call through a script. Pure data, like the pack types: the
 * logic lives in lib/core/scripts.
 */

import type { CallDirection } from './call';
import type { Channel, ChecklistDetect, Phase, SiteScope } from './pack';
import type { LocalizedText } from './text';

export type ScriptDirection = CallDirection | 'any';

/**
 * When a script fits a call. The first three are the call's kind (known from the call log);
 * the rest are topics the agent or the page tells.
 */
export type ScriptSituation =
  | 'first-call'
  | 'repeat-call'
  | 'dropped-call'
  | 'service'
  | 'sales'
  | 'complaint'
  | 'payment'
  | 'appointment'
  | 'survey'
  | 'other';
export const SCRIPT_SITUATIONS: readonly ScriptSituation[] = [
  'first-call',
  'repeat-call',
  'dropped-call',
  'service',
  'sales',
  'complaint',
  'payment',
  'appointment',
  'survey',
  'other',
];
export const CALL_KIND_SITUATIONS: readonly ScriptSituation[] = [
  'first-call',
  'repeat-call',
  'dropped-call',
];

/** Every field omitted = the script fits any call. */
export interface ScriptAppliesTo {
  direction?: ScriptDirection;
  channels?: Channel[];
  situations?: ScriptSituation[];
  /** Site profile ids; omitted = every site. */
  siteProfiles?: string[];
}

export type CaptureKind = 'text' | 'number' | 'date' | 'choice' | 'yesno';
export const CAPTURE_KINDS: readonly CaptureKind[] = ['text', 'number', 'date', 'choice', 'yesno'];

interface CaptureBase {
  /** The field's name, script-wide; also its `{slot}` in texts and the note. */
  id: string;
  label: LocalizedText;
  /** Listed as missing while empty on a step the call passed (it never blocks a move). */
  required?: boolean;
}

export interface TextCapture extends CaptureBase {
  kind: 'text';
  maxLength?: number;
}

export interface NumberCapture extends CaptureBase {
  kind: 'number';
  min?: number;
  max?: number;
  integer?: boolean;
}

/** Typed as YYYY-MM-DD or DD.MM.YYYY; stored as YYYY-MM-DD. */
export interface DateCapture extends CaptureBase {
  kind: 'date';
  /** Refuse a date before the call's day (a call-back date). */
  notPast?: boolean;
}

export interface ChoiceOption {
  id: string;
  label: LocalizedText;
}

export interface ChoiceCapture extends CaptureBase {
  kind: 'choice';
  options: ChoiceOption[];
}

export interface YesNoCapture extends CaptureBase {
  kind: 'yesno';
}

export type ScriptCapture =
  TextCapture | NumberCapture | DateCapture | ChoiceCapture | YesNoCapture;

/** text, a date (YYYY-MM-DD) and a choice (option id) are strings; yes/no is a boolean. */
export type CaptureValue = string | number | boolean;

/** A button for what the customer answered, leading to another step. */
export interface ScriptAnswer {
  id: string;
  label: LocalizedText;
  next: string;
}

export interface ScriptStep {
  id: string;
  title: LocalizedText;
  phase: Phase;
  /** What the agent says: Latvian variants with `{slots}`. */
  say: string[];
  /** For the agent only, never said or inserted. */
  notes?: LocalizedText;
  /** Must be said: the step is an item of the call's checklist. */
  required?: boolean;
  /** A legal disclosure: counts as said only when typed, inserted or ticked (implies required). */
  compliance?: boolean;
  /** How typed text says the step, as checklist items' `detect`. */
  detect?: ChecklistDetect;
  captures?: ScriptCapture[];
  answers?: ScriptAnswer[];
  /** Where "next" goes (Alt+→ when nothing is ahead in the history). */
  next?: string;
  /** Outcome ids the call can end with here. */
  outcomes?: string[];
}

/**
 * A customer objection («Dārgi», «Nav laika»), reachable from any step. Closing it returns to
 * the step the agent was on, or moves the call on to `returnTo`.
 */
export interface ObjectionCard {
  id: string;
  label: LocalizedText;
  say: string[];
  notes?: LocalizedText;
  returnTo?: string;
}

export interface ScriptOutcome {
  id: string;
  label: LocalizedText;
  /** Capture ids that must hold a value before the call ends with this outcome. */
  requires?: string[];
  /** This outcome's own call-note template (else the script's). */
  note?: string;
}

/** Slots of a note template besides captures and the agent's variables. */
export const NOTE_SLOTS = ['path', 'outcome', 'objections', 'script'] as const;
export type NoteSlot = (typeof NOTE_SLOTS)[number];

export interface Script {
  id: string;
  name: LocalizedText;
  description?: LocalizedText;
  /** How well it fits a call (ranks the scripts the agent is offered). */
  appliesTo?: ScriptAppliesTo;
  /**
   * The sites it exists on, as for rules: elsewhere the sidebar neither lists nor starts it
   * (`appliesTo.siteProfiles` only ranks). Omitted = every site.
   */
  sites?: SiteScope;
  /** The first step of a call. */
  start: string;
  /** The first step of a repeat call (introduce yourself again); else `start`. */
  repeatStart?: string;
  /**
   * The first step when calling back after a dropped line; its "next" goes back to the step
   * where the line dropped, so it has no answers or `next` of its own.
   */
  resumeStart?: string;
  steps: ScriptStep[];
  objections?: ObjectionCard[];
  outcomes: ScriptOutcome[];
  /** The call-note template (Latvian), filled when the call reaches an outcome. */
  note: string;
  /** A lead's lock: the agent cannot replace this script with one of their own of the same id. */
  locked?: boolean;
}

/** How the agent left a step. `crumb`: a breadcrumb entry; `drop`: the line dropped. */
export type StepExit =
  'answer' | 'next' | 'forward' | 'back' | 'crumb' | 'objection' | 'finish' | 'drop';

export interface StepVisit {
  step: string;
  enteredAt: number;
  leftAt: number | null;
  leftBy: StepExit | null;
  /** The answer given (leftBy `answer`). */
  answer?: string;
  /** The objection card that moved the call on (leftBy `objection`). */
  card?: string;
}

export type SaidHow = 'typed' | 'inserted' | 'ticked' | 'moved-on';
export const SAID_HOWS: readonly SaidHow[] = ['typed', 'inserted', 'ticked', 'moved-on'];

export interface SaidMark {
  how: SaidHow;
  at: number;
}

/** An objection card opened on a step; the open ones (closedAt null) are the stack. */
export interface ObjectionUse {
  card: string;
  step: string;
  openedAt: number;
  closedAt: number | null;
}

/** Where one call is in its script; stored in the call record, so plain JSON. */
export interface ScriptProgress {
  scriptId: string;
  startedAt: number;
  current: string;
  /** Every visit in order, including ones undone by back (the trail is replayed from it). */
  path: StepVisit[];
  captures: Record<string, CaptureValue>;
  said: Record<string, SaidMark>;
  objections: ObjectionUse[];
  /** After a dropped line: the step the resume step's "next" returns to. */
  resumeTo: string | null;
  outcome: { id: string; at: number } | null;
  noteDismissed: boolean;
}
