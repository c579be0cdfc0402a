import type { PackProblem } from '../../../lib/core/packs/problems';

/** Problems of one rule (or of the document outside the rules), for the error list. */
export interface ProblemGroup {
  /** Index in `rules`, or null for problems outside any rule. */
  ruleIndex: number | null;
  /** The rule's id when the document has one at that index. */
  ruleId: string | null;
  items: Array<{ field: string; problem: PackProblem }>;
}

const RULE_PATH = /^rules\[(\d+)\]\.?(.*)$/;

function ruleIdAt(document: unknown, index: number): string | null {
  if (typeof document !== 'object' || document === null) return null;
  const rules = (document as { rules?: unknown }).rules;
  if (!Array.isArray(rules)) return null;
  const rule: unknown = rules[index];
  if (typeof rule !== 'object' || rule === null) return null;
  const id = (rule as { id?: unknown }).id;
  return typeof id === 'string' && id !== '' ? id.slice(0, 100) : null;
}

/** Parses the file's JSON if it can (to name rules by id); a broken file yields null. */
export function parseLoosely(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

/**
 * Groups a pack's problems by rule so a lead reads «rule es-nezinu → match.phrases[0]: …»
 * instead of a flat list of JSON paths. Document-level problems come first.
 */
export function groupProblems(problems: readonly PackProblem[], document: unknown): ProblemGroup[] {
  const outside: ProblemGroup = { ruleIndex: null, ruleId: null, items: [] };
  const byRule = new Map<number, ProblemGroup>();
  for (const problem of problems) {
    const m = RULE_PATH.exec(problem.path);
    if (!m) {
      outside.items.push({ field: problem.path, problem });
      continue;
    }
    const index = Number(m[1]);
    let group = byRule.get(index);
    if (!group) {
      group = { ruleIndex: index, ruleId: ruleIdAt(document, index), items: [] };
      byRule.set(index, group);
    }
    group.items.push({ field: m[2] ?? '', problem });
  }
  const rules = [...byRule.values()].sort((a, b) => (a.ruleIndex ?? 0) - (b.ruleIndex ?? 0));
  return outside.items.length > 0 ? [outside, ...rules] : rules;
}
