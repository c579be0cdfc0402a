import { expect } from 'vitest';
import type { ExtensionDocument } from './extension-document';

/** The local calendar day of `time`, as the export names its days. */
export function localDay(time: number): string {
  const d = new Date(time);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/**
 * Picks `day` in the options page's activity preview and waits until the file it shows has
 * `ruleId`'s row with `counts` (the page's counts arrive a moment after the agent's action).
 */
export async function expectPreviewedRule(
  options: ExtensionDocument,
  day: string,
  ruleId: string,
  counts: Record<string, number>,
): Promise<void> {
  await options.waitFor('[data-testid="activity-day"]');
  await options.evaluate((value: string) => {
    const field = document.querySelector<HTMLInputElement>('[data-testid="activity-day"]');
    if (!field) throw new Error('no day field');
    field.value = value;
    field.dispatchEvent(new Event('change', { bubbles: true }));
  }, day);
  await expect
    .poll(() =>
      options
        .text('[data-testid="activity-preview"]')
        .then((text) => JSON.parse(text || '{}') as { rules?: Array<{ ruleId: string }> })
        .then((file) => file.rules?.find((r) => r.ruleId === ruleId) ?? null)
        .catch(() => null),
    )
    .toMatchObject(counts);
}
