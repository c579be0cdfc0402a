import type { Script } from '../model/script';
import data from '../../../scripts-data/builtin-scripts.json';

/**
 * The built-in scripts, written from the handbook: an inbound service call, an outbound offer
 * (with the repeat-call and resume entries) and the call-back after a dropped line. Validated,
 * wording included, in tests/unit/core/scripts/builtin-scripts.test.ts.
 */
export const BUILTIN_SCRIPTS: readonly Script[] = data.scripts as Script[];
