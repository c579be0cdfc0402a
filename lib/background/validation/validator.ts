import { problem } from '../../core/packs/problems';
import { validatePack, type ValidationResult } from '../../core/packs/validate';

/**
 * Validates a pack (JSON text or value) somewhere: in this thread, or in a worker so that a
 * costly pack never holds up the background's answers. Never rejects.
 */
export type PackValidator = (input: unknown) => Promise<ValidationResult>;

/** The same pure validation, in this thread (unit tests, the options page, the CLI). */
export const validateInThread: PackValidator = async (input) => validatePack(input);

/** A validation that could not run (a worker that died or took too long), as a refusal. */
export function validationFailed(detail: { lv: string; en: string }): ValidationResult {
  return {
    ok: false,
    errors: [
      problem(
        '',
        `Paku neizdevās pārbaudīt: ${detail.lv}`,
        `The pack could not be validated: ${detail.en}`,
      ),
    ],
    warnings: [],
  };
}
