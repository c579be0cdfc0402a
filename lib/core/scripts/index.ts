/**
 * Guided call scripts, the pure core: schema and validation (for `laipni-pack/2`), the call's
 * state machine, the checklist it makes, the call note, typed-text matching and picking a
 * script for a call. No UI, no browser, no storage. The built-in scripts are in ./builtin, apart,
 * so a bundle that does not need them does not carry them (as engine/core.ts and engine/index.ts).
 */
export { scriptSchema, scriptsSchema, scriptStepSchema } from './schema';
export { SCRIPT_LIMITS } from './limits';
export {
  checkScripts,
  validateScripts,
  type ScriptCheckOptions,
  type ScriptProblems,
  type ScriptsResult,
  type WordingChecker,
  type WordingFinding,
} from './validate';
export { compileScript, type CompiledScript } from './compile';
export {
  answer,
  availableMoves,
  back,
  currentPhase,
  currentStep,
  drop,
  forward,
  goTo,
  next,
  start,
  type StartOptions,
} from './navigate';
export { openObjection, openObjections, returnFromObjection } from './objections';
export { capture, dismissNote, finish, markSaid, type ProgressResult } from './record';
export { formatCapture, parseCapture, type CaptureResult, type RawCapture } from './capture';
export { breadcrumb } from './trail';
export {
  isSaid,
  missingCaptures,
  missingRequired,
  type MissingCapture,
  type MissingStep,
} from './missing';
export { scriptChecklistGroups } from './checklist';
export { fillNote, noteVisible } from './note';
export { markTyped, matchSteps } from './match';
export { pickScript, rankScripts, type CallForScripts, type RankedScript } from './pick';
export { applyMove, type ScriptMove, type ScriptMoveKind } from './moves';
export { missingBeforeClosing } from './gate';
