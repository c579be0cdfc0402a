import type { ScriptProgress } from '../model/script';
import type { CompiledScript } from './compile';
import { missingRequired, type MissingStep } from './missing';
import { currentPhase } from './navigate';

/**
 * "Not said yet" at the door of the closing: when a move takes the call from an earlier phase
 * into the closing, the required steps still unsaid (compliance first) are listed before the
 * agent goes on; the closing's own steps are still ahead, so they are not.
 */
export function missingBeforeClosing(
  c: CompiledScript,
  before: ScriptProgress,
  after: ScriptProgress,
): MissingStep[] {
  if (currentPhase(c, after) !== 'closing' || currentPhase(c, before) === 'closing') return [];
  return missingRequired(c, after).filter((m) => c.steps.get(m.step)?.step.phase !== 'closing');
}
