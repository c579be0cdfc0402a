import { describe, expect, it } from 'vitest';
import { MESSAGE_SENDERS } from '../../../lib/protocol/messages';
import { REQUEST_SCHEMAS, parseWith } from '../../../lib/protocol/schemas';

const DISTRIBUTION_MESSAGES = [
  'data:subscribe',
  'data:refresh-subscription',
  'data:subscription-diff',
  'data:get-policy',
  'data:set-distribution-settings',
] as const;

describe('team-distribution messages', () => {
  it('are known and privileged: a content script may send none of them', () => {
    for (const name of DISTRIBUTION_MESSAGES) expect(MESSAGE_SENDERS[name]).toBe('extension');
  });

  it('check their requests', () => {
    const parse = (name: keyof typeof REQUEST_SCHEMAS, payload: unknown) =>
      parseWith(REQUEST_SCHEMAS[name] as Parameters<typeof parseWith>[0], payload).ok;
    expect(parse('data:subscribe', { url: 'https://x.lv/p.json' })).toBe(true);
    expect(parse('data:subscribe', { url: 'https://x.lv/p.json', pinnedVersion: '1.x' })).toBe(
      false,
    );
    expect(parse('data:refresh-subscription', {})).toBe(true);
    expect(parse('data:refresh-subscription', { url: 5 })).toBe(false);
    expect(parse('data:set-distribution-settings', { refreshMinutes: 1 })).toBe(false);
    expect(parse('data:get-policy', { extra: true })).toBe(false);
  });
});
