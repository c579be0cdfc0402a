// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import {
  createVoiceAnalyzer,
  type VoiceMetrics,
  type VoiceSummary,
} from '../../../../lib/core/voice';
import { listCalls } from '../../../../lib/data/calls';
import type { LaipniDb } from '../../../../lib/data/database';
import type { HandlerContext } from '../../../../lib/protocol/transport/router';
import { freshDb } from '../../data/helpers';
import { clickAndConfirm, fakeBackground, renderSidebar, type FakeBackground } from './render';

let db: LaipniDb;
afterEach(() => {
  cleanup();
  db?.close();
});

const $ = (selector: string) => document.querySelector<HTMLElement>(selector);
const metric = (name: string) => $(`[data-laipni="voice-metric"][data-metric="${name}"]`);
const consent = () => $('[data-laipni="voice-consent"]') as HTMLInputElement;

const fromCapture: HandlerContext = {
  sender: { id: 'x', url: 'chrome-extension://x/offscreen.html' },
  role: 'extension-page',
};
const fromSidebar: HandlerContext = {
  sender: { id: 'x', url: 'chrome-extension://x/sidebar.html' },
  role: 'extension-page',
};

/** Meters as the analyser makes them, with the rates and counts a test sets. */
function meters(patch: Partial<VoiceMetrics>): VoiceMetrics {
  return { ...createVoiceAnalyzer().snapshot(), ...patch };
}

/** A minute of call: the agent interrupted twice and was much faster half the time. */
const SUMMARY: VoiceSummary = {
  durationMs: 60_000,
  agentTalkMs: 20_000,
  customerTalkMs: 30_000,
  overlapMs: 1_500,
  talkShare: 0.4,
  interruptions: 2,
  backchannels: 3,
  turnOverlaps: 1,
  monologues: 0,
  longestTurnMs: 9_000,
  agentRate: 6.1,
  customerRate: 4.2,
  agentSyllables: 122,
  customerSyllables: 126,
  agentLevelDb: -27,
  customerLevelDb: -30,
  tooQuietMs: 0,
  tooLoudMs: 0,
  clippingMs: 0,
  clipEvents: 0,
  tooFastMs: 30_000,
};

async function startCallWithVoice(background: FakeBackground): Promise<string> {
  renderSidebar(db, background);
  fireEvent.click(await screen.findByRole('button', { name: 'Ienākošs' }));
  await waitFor(() => expect($('[data-laipni="voice"]')).not.toBeNull());
  return $('[data-laipni="call"]')?.dataset.call ?? '';
}

describe('the voice coach in the call panel', () => {
  it('listens only after consent, shows the meters it is sent and the tempo hint', async () => {
    db = freshDb();
    const background = fakeBackground(db);
    await startCallWithVoice(background);
    // Off by default: no capture asked for, no indicator.
    expect($('[data-laipni="voice"]')?.dataset.status).toBe('off');
    expect(consent().checked).toBe(false);
    expect($('[data-laipni="voice-listening"]')).toBeNull();
    expect(background.capture.commands).toEqual([]);

    fireEvent.click(consent());
    await waitFor(() => expect($('[data-laipni="voice"]')?.dataset.status).toBe('listening'));
    expect($('[data-laipni="voice-listening"]')?.textContent).toContain('Klausās mikrofonu');
    expect(background.capture.commands.map((c) => c.type)).toEqual(['laipni:voice-start']);
    const session = background.capture.commands[0]?.session ?? '';

    // Another extension page cannot feed the meters; the capture document can.
    await background.voice.handlers['voice:metrics'](
      { session, metrics: meters({ agentRate: 9, customerRate: 1 }) },
      fromSidebar,
    );
    expect(metric('agent-rate')).toBeNull();
    await background.voice.handlers['voice:metrics'](
      {
        session,
        metrics: meters({
          agentRate: 6.04,
          customerRate: 4.2,
          interruptions: 1,
          talkShare: 0.634,
          agentLevelDb: -27.26,
          alarms: {
            tooFast: true,
            tooQuiet: false,
            tooLoud: false,
            clipping: false,
            monologue: false,
          },
        }),
      },
      fromCapture,
    );
    await waitFor(() => expect(metric('agent-rate')?.dataset.value).toBe('6'));
    expect(metric('customer-rate')?.dataset.value).toBe('4.2');
    expect(metric('interruptions')?.dataset.value).toBe('1');
    expect(metric('talk-share')?.dataset.value).toBe('0.63');
    expect(metric('agent-level')?.dataset.value).toBe('-27.3');
    expect(metric('agent-rate')?.textContent).toContain('6.0 zilbes/s');
    expect($('[data-laipni="voice-hint"]')?.textContent).toBe('Runājiet lēnāk: klients runā lēnāk');
  });

  it('stops when the call ends; the summary and its checklist verdicts go to the call log', async () => {
    db = freshDb();
    const background = fakeBackground(db);
    background.capture.summary = SUMMARY;
    const callId = await startCallWithVoice(background);
    fireEvent.click(consent());
    await waitFor(() => expect($('[data-laipni="voice"]')?.dataset.status).toBe('listening'));

    await clickAndConfirm(screen.getByRole('button', { name: 'Beigt zvanu' }), 'Jā, beigt');
    await waitFor(() =>
      expect(background.capture.commands.map((c) => c.type)).toEqual([
        'laipni:voice-start',
        'laipni:voice-stop',
      ]),
    );
    await waitFor(async () =>
      expect((await listCalls(db, { limit: 5 }))[0]?.voice).toEqual(SUMMARY),
    );
    const [call] = await listCalls(db, { limit: 5 });
    expect(call?.id).toBe(callId);
    // Listening and clear speech met (ticked, auto); tempo and interrupting flagged (not ticked).
    const auto = call?.ticks
      .filter((t) => t.auto)
      .map((t) => t.itemId)
      .sort();
    expect(auto).toEqual(['body-clear', 'body-listen']);

    fireEvent.click(screen.getByRole('tab', { name: 'Žurnāls' }));
    const entry = await waitFor(() => {
      const found = $(`[data-laipni="log-entry"][data-call="${callId}"] [data-laipni="log-voice"]`);
      expect(found).not.toBeNull();
      return found as HTMLElement;
    });
    expect(entry.dataset.rate).toBe('6.10');
    expect(entry.dataset.interruptions).toBe('2');
    const flags = [...document.querySelectorAll<HTMLElement>('[data-laipni="log-voice-flag"]')];
    expect(flags.map((f) => f.dataset.item).sort()).toEqual(['body-no-interrupt', 'body-tempo']);
    expect(flags.map((f) => f.textContent)).toContain('Balss: pārtraucāt klientu');
  });

  it('says in Latvian what to do when the microphone is refused', async () => {
    db = freshDb();
    const background = fakeBackground(db);
    background.capture.startAnswer = { ok: false, reason: 'denied' };
    await startCallWithVoice(background);
    fireEvent.click(consent());
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Mikrofona lietošana nav atļauta');
    expect(alert.querySelector('a')?.getAttribute('href')).toMatch(/\/options\.html#voice$/);
    expect($('[data-laipni="voice-listening"]')).toBeNull();
  });
});
