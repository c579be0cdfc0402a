import type { FindingOutcome, FindingReport, Finding } from '../../core/model/finding';
import { sendMessage } from '../../protocol/transport/client';

const FLUSH_MS = 2000;
const MAX_BATCH = 100;
const MAX_FORM = 100;

/**
 * Batches finding counters for the background's statistics. Only the rule id and the flagged
 * phrase form travel, never the text around them.
 * A lost batch (background restarting) costs a few counts, never typing speed.
 */
export function createFindingReporter(
  signal: AbortSignal,
): (outcome: FindingOutcome, finding: Finding) => void {
  let pending: FindingReport[] = [];
  let timer: ReturnType<typeof setTimeout> | null = null;

  const flush = () => {
    timer = null;
    if (pending.length === 0) return;
    const events = pending.splice(0, MAX_BATCH);
    void sendMessage('data:report-findings', { events }).catch(() => undefined);
    if (pending.length > 0) timer = setTimeout(flush, FLUSH_MS);
  };

  signal.addEventListener('abort', () => {
    if (timer) clearTimeout(timer);
    pending = [];
  });

  return (outcome, finding) => {
    if (signal.aborted) return;
    const form = finding.text.toLocaleLowerCase('lv').slice(0, MAX_FORM);
    if (form.length === 0) return;
    pending.push({ ruleId: finding.ruleId, form, outcome });
    if (pending.length >= MAX_BATCH) flush();
    else timer ??= setTimeout(flush, FLUSH_MS);
  };
}
