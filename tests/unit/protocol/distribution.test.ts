import { describe, expect, it } from 'vitest';
import { DISTRIBUTION_PRIVILEGED_MESSAGES } from '../../../lib/protocol/distribution-messages';
import { isContentMessage, isMessageName } from '../../../lib/protocol/data-messages';
import { parseRequest } from '../../../lib/protocol/data-schemas';

describe('team-distribution messages', () => {
  it('are known and privileged: a content script may send none of them', () => {
    for (const name of DISTRIBUTION_PRIVILEGED_MESSAGES) {
      expect(isMessageName(name)).toBe(true);
      expect(isContentMessage(name)).toBe(false);
    }
  });

  it('check their requests', () => {
    expect(parseRequest('data:subscribe', { url: 'https://x.lv/p.json' }).ok).toBe(true);
    expect(
      parseRequest('data:subscribe', { url: 'https://x.lv/p.json', pinnedVersion: '1.x' }).ok,
    ).toBe(false);
    expect(parseRequest('data:refresh-subscription', {}).ok).toBe(true);
    expect(parseRequest('data:refresh-subscription', { url: 5 }).ok).toBe(false);
    expect(parseRequest('data:set-distribution-settings', { refreshMinutes: 1 }).ok).toBe(false);
    expect(parseRequest('data:get-policy', { extra: true }).ok).toBe(false);
  });
});
