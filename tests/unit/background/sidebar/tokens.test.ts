import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  consumeEmbedToken,
  forgetTabFrames,
  issueEmbedToken,
  openSession,
  resumeSession,
} from '../../../../lib/background/sidebar/tokens';

beforeEach(async () => {
  fakeBrowser.reset();
  await forgetTabFrames(1);
  await forgetTabFrames(2);
});

const owner = { tabId: 1, frameId: 0, kind: 'sidebar' as const };

describe('embed tokens', () => {
  it('a token works once, in its own tab, for its own kind', async () => {
    const token = await issueEmbedToken(owner);
    expect(await consumeEmbedToken(token, 2, 'sidebar')).toBeNull();
    const again = await issueEmbedToken(owner);
    expect(await consumeEmbedToken(again, 1, 'card')).toBeNull();
    const third = await issueEmbedToken(owner);
    expect(await consumeEmbedToken(third, 1, 'sidebar')).toEqual(owner);
    expect(await consumeEmbedToken(third, 1, 'sidebar')).toBeNull();
  });

  it('an old token is refused, and a tab keeps at most 16 unused ones', async () => {
    const old = await issueEmbedToken(owner, 0);
    expect(await consumeEmbedToken(old, 1, 'sidebar', 60_001)).toBeNull();
    const issued: string[] = [];
    for (let i = 0; i < 20; i++) issued.push(await issueEmbedToken(owner, 1000 + i));
    expect(await consumeEmbedToken(issued[0]!, 1, 'sidebar', 2000)).toBeNull();
    expect(await consumeEmbedToken(issued[19]!, 1, 'sidebar', 2000)).toEqual(owner);
  });

  it('sessions resume only in their own frame, and go when the tab closes', async () => {
    const binding = { ...owner, ownerFrameId: 0, pageUrl: 'https://crm.example.lv/' };
    const session = await openSession(binding);
    expect(await resumeSession(session, { tabId: 1, frameId: 3 })).toBeNull();
    expect(await resumeSession(session, { tabId: 1, frameId: 0 })).toEqual(binding);
    const token = await issueEmbedToken(owner);
    await forgetTabFrames(1);
    expect(await resumeSession(session, { tabId: 1, frameId: 0 })).toBeNull();
    expect(await consumeEmbedToken(token, 1, 'sidebar')).toBeNull();
  });
});
