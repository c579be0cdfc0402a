import browser from 'webextension-polyfill';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MessagingError, onBroadcast, sendMessage } from '../../../lib/protocol/transport/client';

afterEach(() => vi.restoreAllMocks());

describe('messaging client', () => {
  it('sends the envelope and unwraps the reply', async () => {
    const send = vi
      .spyOn(browser.runtime, 'sendMessage')
      .mockResolvedValueOnce({ ok: true, value: { version: 'v9', unchanged: true } });
    expect(await sendMessage('data:get-rules', { knownVersion: 'v9' })).toEqual({
      version: 'v9',
      unchanged: true,
    });
    expect(send).toHaveBeenCalledWith({
      laipni: 1,
      name: 'data:get-rules',
      payload: { knownVersion: 'v9' },
    });
  });

  it('rejects with the background’s refusal, or when nobody answers', async () => {
    vi.spyOn(browser.runtime, 'sendMessage').mockResolvedValueOnce({
      ok: false,
      error: 'forbidden',
      message: 'no',
    });
    await expect(sendMessage('data:get-policy', {})).rejects.toMatchObject({
      code: 'forbidden',
      message: 'no',
    });
    vi.spyOn(browser.runtime, 'sendMessage').mockResolvedValueOnce(undefined);
    await expect(sendMessage('data:get-policy', {})).rejects.toBeInstanceOf(MessagingError);
  });

  it('delivers broadcasts until aborted', async () => {
    const seen: string[] = [];
    const controller = new AbortController();
    onBroadcast('data:rules-changed', ({ version }) => seen.push(version), controller.signal);
    await browser.runtime
      .sendMessage({ laipni: 1, name: 'data:rules-changed', payload: { version: 'a' } })
      .catch(() => undefined);
    controller.abort();
    await browser.runtime
      .sendMessage({ laipni: 1, name: 'data:rules-changed', payload: { version: 'b' } })
      .catch(() => undefined);
    expect(seen).toEqual(['a']);
  });

  it('subscribes quietly to nothing once the extension context is gone', () => {
    // An orphaned sidebar can still render after an update; reading the API then throws.
    vi.spyOn(browser.runtime, 'onMessage', 'get').mockImplementation(() => {
      throw new Error("Failed to read the 'onMessage' property: Extension context invalidated.");
    });
    const controller = new AbortController();
    expect(() =>
      onBroadcast('data:rules-changed', () => undefined, controller.signal),
    ).not.toThrow();
    expect(() => controller.abort()).not.toThrow();
  });
});
