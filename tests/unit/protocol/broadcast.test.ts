import { describe, expect, it, vi } from 'vitest';
import { broadcast } from '../../../lib/protocol/transport/broadcast';

describe('broadcast', () => {
  it('reaches every tab and the extension pages, ignoring tabs without our script', async () => {
    const sendToTab = vi.fn(async (id: number) => {
      if (id === 2)
        throw new Error('Could not establish connection. Receiving end does not exist.');
      return undefined;
    });
    const sendToPages = vi.fn(async () => {
      throw new Error('no listener');
    });
    const reached = await broadcast(
      { tabIds: async () => [1, 2, 3], sendToTab, sendToPages },
      'data:rules-changed',
      { version: 'abc' },
    );
    expect(reached).toBe(2);
    expect(sendToTab).toHaveBeenCalledWith(1, {
      laipni: 1,
      name: 'data:rules-changed',
      payload: { version: 'abc' },
    });
    expect(sendToPages).toHaveBeenCalledOnce();
  });
});
