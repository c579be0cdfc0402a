import { sendMessage } from '../../protocol/transport/client';
import type { Finding } from '../../core/model/finding';

const MAX_FINDINGS = 50;

/**
 * Tells the background (and through it the sidebar) what the focused field's findings are,
 * only when they changed. Called from the page engine's debounced after-check step.
 */
export function createSidebarRelay(): (latest: readonly Finding[]) => void {
  let lastSent = '';

  return (latest) => {
    const findings: Finding[] = latest.slice(0, MAX_FINDINGS).map((f) => ({
      ruleId: f.ruleId,
      start: f.start,
      end: f.end,
      text: f.text.slice(0, 200),
      severity: f.severity,
      message: f.message.slice(0, 2000),
      suggestions: f.suggestions.slice(0, 10).map((s) => s.slice(0, 2000)),
      ...(f.advice ? { advice: f.advice.slice(0, 10).map((a) => a.slice(0, 2000)) } : {}),
    }));
    const key = JSON.stringify(findings);
    if (key === lastSent) return;
    lastSent = key;
    void sendMessage('page:findings', { findings }).catch(() => {
      lastSent = '';
    });
  };
}
