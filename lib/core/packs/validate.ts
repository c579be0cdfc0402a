import * as v from 'valibot';
import type { Pack } from '../model/pack';
import { ENGINE_VERSION } from '../engine/version';
import { runPackExamples } from './examples';
import { compileFastSchema } from './fast-schema';
import { issueToProblem } from './issue-text';
import { PACK_LIMITS, type PackLimits } from './limits';
import { exampleProblem } from './pack-cost';
import { readDocument } from './prescan';
import { problem, type PackProblem } from './problems';
import { packScriptProblems } from './pack-scripts';
import { packSchema } from './schema';
import { checkSemantics } from './semantic';

export type { PackProblem } from './problems';

export interface ValidateOptions {
  /** The running engine's version, for `minEngineVersion`; defaults to this build's engine. */
  engineVersion?: string;
  limits?: PackLimits;
  /** Run each rule's `examples` through the engine (default true). */
  runExamples?: boolean;
  /**
   * Check every text a script has the agent say with the engine (default true): a `warning`
   * finding refuses the pack, an `info` one is a warning.
   */
  checkWording?: boolean;
}

export type ValidationResult =
  | { ok: true; pack: Pack; warnings: PackProblem[] }
  | { ok: false; errors: PackProblem[]; warnings: PackProblem[] };

/**
 * Valid packs skip valibot's per-value datasets; anything else gets valibot's full report. A
 * document parsed here from text is nobody else's, so its objects become the pack's as they are.
 */
const fastPackSchema = compileFastSchema(packSchema);
const fastPackSchemaOwned = compileFastSchema(packSchema, { reuse: true });

/** Keeps the list readable and bounded when a document is wrong everywhere. */
function capErrors(errors: PackProblem[], max: number): PackProblem[] {
  if (errors.length <= max) return errors;
  const rest = errors.length - max;
  return [
    ...errors.slice(0, max),
    problem('', `… un vēl ${rest} kļūdas.`, `… and ${rest} more errors.`),
  ];
}

type SchemaPack = v.InferOutput<typeof packSchema>;

function schemaResult(value: unknown): { output: SchemaPack } | { errors: PackProblem[] } {
  const parsed = v.safeParse(packSchema, value, { abortEarly: false });
  return parsed.success ? { output: parsed.output } : { errors: parsed.issues.map(issueToProblem) };
}

/**
 * Validates a pack given as JSON text or as an already parsed value. Never throws: every outcome
 * is either the clean `Pack` (a fresh object holding only known fields) or a list of problems,
 * each with its JSON path and a Latvian and English sentence.
 */
export function validatePack(input: unknown, options: ValidateOptions = {}): ValidationResult {
  const limits = options.limits ?? PACK_LIMITS;
  const read = readDocument(input, limits);
  if (!read.ok) return { ok: false, errors: read.errors, warnings: [] };

  const fast = typeof input === 'string' ? fastPackSchemaOwned : fastPackSchema;
  const parsed = fast(read.value) ?? schemaResult(read.value);
  const semantic = checkSemantics(read.value, {
    engineVersion: options.engineVersion ?? ENGINE_VERSION,
    limits,
  });
  const errors = [...('errors' in parsed ? parsed.errors : []), ...semantic.errors];
  if (!('output' in parsed) || errors.length > 0) {
    return {
      ok: false,
      errors: capErrors(errors, limits.maxReportedErrors),
      warnings: semantic.warnings,
    };
  }

  const output = { ...parsed.output };
  delete output.$schema;
  const pack: Pack = output;
  const scripts = packScriptProblems(pack, { wording: options.checkWording !== false });
  const warnings = [...semantic.warnings, ...scripts.warnings];
  if (scripts.errors.length > 0) {
    return { ok: false, errors: capErrors(scripts.errors, limits.maxReportedErrors), warnings };
  }
  if (options.runExamples !== false) {
    const tooCostly = exampleProblem(pack.rules, limits);
    if (tooCostly) return { ok: false, errors: [tooCostly], warnings };
    const failures = runPackExamples(pack);
    if (failures.length > 0) {
      return { ok: false, errors: capErrors(failures, limits.maxReportedErrors), warnings };
    }
  }
  return { ok: true, pack, warnings };
}
