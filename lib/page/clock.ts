import type { Channel, Phase } from '../packs/types';

/** The call and page context the page engine checks with (fed by the background). */
export interface PageContext {
  phase?: Phase;
  repeatCall?: boolean;
  variables: Record<string, string>;
}

/** The local clock as "HH:MM", for time-of-day greetings. */
export function clockTime(now: Date = new Date()): string {
  return `${String(now.getHours()).padStart(2, '0')}:${String(now.getMinutes()).padStart(2, '0')}`;
}

/** A field's channel from the page's own hint; a site profile's mapping can override it. */
export function channelOfField(field: Element): Channel | undefined {
  const hint = field.closest('[data-channel]')?.getAttribute('data-channel');
  return hint === 'call' || hint === 'chat' || hint === 'email' || hint === 'note'
    ? hint
    : undefined;
}
