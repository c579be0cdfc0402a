import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { OffscreenVoice } from '../../../../lib/background/voice/offscreen-protocol';
import { createVoiceService } from '../../../../lib/background/voice/voice-service';
import { createVoiceAnalyzer } from '../../../../lib/core/voice';
import { endCall, getCall, startCall } from '../../../../lib/data/calls';
import type { LaipniDb } from '../../../../lib/data/database';
import { updateSettings } from '../../../../lib/data/settings';
import type { HandlerContext } from '../../../../lib/protocol/transport/router';
import { freshDb } from '../../data/helpers';

let db: LaipniDb;
afterEach(() => db?.close());

const fromCapture: HandlerContext = {
  sender: { id: 'x', url: 'chrome-extension://x/offscreen.html' },
  role: 'extension-page',
};

function service(answers: { start?: unknown; stop?: unknown } = {}) {
  const sent: OffscreenVoice[] = [];
  let n = 0;
  const voice = createVoiceService({
    db,
    openCapture: async () => undefined,
    send: async (message) => {
      sent.push(message);
      return message.type === 'laipni:voice-start' ? (answers.start ?? { ok: true }) : answers.stop;
    },
    capturePath: '/offscreen.html',
    newSession: () => `0000000${++n}-aaaa-bbbb-cccc-000000000000`,
    bodyItems: async () => ['body-clear'],
  });
  return { voice, sent };
}

const open = () =>
  startCall(db, {
    site: 'crm.example.lv',
    tabId: 3,
    direction: 'inbound',
    contactKey: null,
    customerName: null,
    startedByAgent: false,
  });

describe('the voice service', () => {
  it('starts only for the open call, with the customer input the agent chose', async () => {
    db = freshDb();
    const { voice, sent } = service();
    const call = await open();
    await endCall(db, call.id);
    await expect(voice.start(3, call.id)).rejects.toThrow('not open');
    expect(sent).toEqual([]);

    const next = await open();
    await updateSettings(db, { voiceCustomerDevice: 'dev-2' });
    expect(await voice.start(3, next.id)).toMatchObject({ status: 'listening', callId: next.id });
    expect(sent).toEqual([
      {
        type: 'laipni:voice-start',
        session: '00000001-aaaa-bbbb-cccc-000000000000',
        customerDevice: 'dev-2',
      },
    ]);
    expect(voice.view(3)?.status).toBe('listening');
    expect(voice.view(4)).toBeNull();
  });

  it('takes meters only from its current session, stops an unknown one, drops an answer that is not numbers', async () => {
    db = freshDb();
    const { voice, sent } = service({ stop: { samples: [0.1, 0.2] } });
    const call = await open();
    await voice.start(3, call.id);
    const metrics = createVoiceAnalyzer().snapshot();
    await voice.handlers['voice:metrics'](
      { session: 'ffffffff-aaaa-bbbb-cccc-000000000000', metrics: { ...metrics, agentRate: 9 } },
      fromCapture,
    );
    expect(voice.view(3)?.metrics).toBeNull();
    // The capture of a session the background forgot (a restarted worker) is told to stop.
    expect(sent.at(-1)).toEqual({
      type: 'laipni:voice-stop',
      session: 'ffffffff-aaaa-bbbb-cccc-000000000000',
    });
    await voice.handlers['voice:metrics'](
      { session: '00000001-aaaa-bbbb-cccc-000000000000', metrics: { ...metrics, agentRate: 4 } },
      fromCapture,
    );
    expect(voice.view(3)?.metrics?.agentRate).toBe(4);

    // The capture answering the stop with samples: nothing is stored.
    await voice.followActiveCall(null);
    expect(voice.view(3)).toBeNull();
    expect((await getCall(db, call.id))?.voice).toBeUndefined();
  });

  it('reports a refused microphone and stops with the tab', async () => {
    db = freshDb();
    const { voice, sent } = service({ start: { ok: false, reason: 'denied' } });
    const call = await open();
    expect(await voice.start(3, call.id)).toMatchObject({ status: 'failed', failure: 'denied' });
    await voice.stop(4);
    expect(voice.view(3)?.failure).toBe('denied');
    await voice.stop(3);
    expect(voice.view(3)).toBeNull();
    expect(sent.map((m) => m.type)).toEqual(['laipni:voice-start', 'laipni:voice-stop']);
  });
});
