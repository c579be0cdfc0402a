import type { Finding } from '../../core/model/finding';
import { MAX_PAGE_FINDINGS } from '../../protocol/page-messages';
import { sendMessage } from '../../protocol/transport/client';
import { pageFinding } from './finding-view';

/**
 * Tells the background (and through it the sidebar) what the focused field's findings are,
 * only when they changed: spans and rule ids, which the background fills for the sidebar.
 * Called from the page engine's debounced after-check step.
 */
export function createSidebarRelay(): (latest: readonly Finding[]) => void {
  let lastSent = '';

  return (latest) => {
    const findings = latest.slice(0, MAX_PAGE_FINDINGS).map(pageFinding);
    const key = JSON.stringify(findings);
    if (key === lastSent) return;
    lastSent = key;
    void sendMessage('page:findings', { findings }).catch(() => {
      lastSent = '';
    });
  };
}
