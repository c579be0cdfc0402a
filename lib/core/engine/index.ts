import type { Pack } from '../model/pack';
import { BUILTIN_PACK } from './builtin';
import { createCheckerFromPacks } from './checker';
import type { Checker, CheckerOptions } from './checker-types';

export * from './core';
export { BUILTIN_PACK } from './builtin';

/**
 * Compiles packs into a checker. With `packs` omitted it uses the built-in handbook pack;
 * otherwise exactly the packs given (a later rule with the same id overrides an earlier one).
 */
export function createChecker(options: CheckerOptions = {}): Checker {
  const packs: readonly Pack[] = options.packs ?? [BUILTIN_PACK];
  return createCheckerFromPacks(packs, options);
}
