import type { CompiledRule } from './compile';
import { caseOf, fill, type Filled } from './suggest';
import type { Finding } from '../model/finding';
import type { Language } from '../model/text';

/** A finding before it is built: its rule, span in the text, and the match's own values. */
interface Raw {
  rule: CompiledRule;
  start: number;
  end: number;
  vars: Record<string, string> | null;
}

function byPosition(a: Raw, b: Raw): number {
  return (
    a.start - b.start ||
    a.end - b.end ||
    (a.rule.severity === b.rule.severity ? 0 : a.rule.severity === 'warning' ? -1 : 1) ||
    a.rule.index - b.rule.index
  );
}

/**
 * Builds the findings of one check: spans are staged (`add`) a sentence at a time, then sorted
 * and turned into findings (`flush`); two rules on exactly the same words («Čau!») give one.
 * Staged spans reuse their objects, and a rule's suggestions without match values are filled
 * once per case of the span's first letter.
 */
export class FindingBuilder {
  private readonly staged: Raw[] = [];
  private count = 0;
  private readonly memo = new Map<number, Filled>();

  constructor(
    private readonly text: string,
    private readonly variables: Record<string, string>,
    private readonly locale: Language,
  ) {}

  get size(): number {
    return this.count;
  }

  add(rule: CompiledRule, start: number, end: number, vars: Record<string, string> | null): void {
    const raw = this.staged[this.count];
    if (raw) {
      raw.rule = rule;
      raw.start = start;
      raw.end = end;
      raw.vars = vars;
    } else this.staged.push({ rule, start, end, vars });
    this.count++;
  }

  /** The staged spans as findings, in position order, appended to `out`. */
  flush(out: Finding[]): void {
    const staged = this.staged;
    const n = this.count;
    this.count = 0;
    // Insertion sort: a sentence stages one or two spans; stable, like Array.prototype.sort.
    for (let i = 1; i < n; i++) {
      const raw = staged[i] as Raw;
      let j = i;
      while (j > 0 && byPosition(staged[j - 1] as Raw, raw) > 0) {
        staged[j] = staged[j - 1] as Raw;
        j--;
      }
      staged[j] = raw;
    }
    let prev: Raw | null = null;
    for (let i = 0; i < n; i++) {
      const raw = staged[i] as Raw;
      if (prev && prev.start === raw.start && prev.end === raw.end) continue;
      prev = raw;
      out.push(this.toFinding(raw));
    }
  }

  private toFinding(raw: Raw): Finding {
    const compiled = raw.rule;
    const rule = compiled.rule;
    const span = this.text.slice(raw.start, raw.end);
    const spanCase = caseOf(span);
    let filled: Filled;
    if (raw.vars) filled = fill(compiled.replacements, this.variables, raw.vars, spanCase);
    else {
      // Without match variables the suggestions depend only on the rule and the span's case.
      const key = compiled.index * 3 + spanCase;
      const known = this.memo.get(key);
      filled = known ?? fill(compiled.replacements, this.variables, null, spanCase);
      if (!known) this.memo.set(key, filled);
    }
    const locale = this.locale;
    const finding: Finding = {
      ruleId: rule.id,
      start: raw.start,
      end: raw.end,
      text: span,
      severity: rule.severity,
      message: (locale === 'en' ? rule.reason.en : undefined) ?? rule.reason.lv,
      suggestions: filled.suggestions.slice(),
      suggestionSlots: filled.slots.slice(),
    };
    if (compiled.advice) finding.advice = compiled.advice[locale === 'en' ? 1 : 0].slice();
    if (raw.vars) finding.vars = raw.vars;
    return finding;
  }
}
