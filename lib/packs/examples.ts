import type { Pack } from './types';
import type { PackProblem } from './problems';

/**
 * Runs each rule's `examples.match` / `examples.noMatch` through the engine, like a pack's own
 * tests. Isolated here so the validator's other checks do not depend on the engine.
 */
export function runPackExamples(_pack: Pack): PackProblem[] {
  // TODO(engine): wire to lib/engine createChecker once it lands.
  return [];
}
