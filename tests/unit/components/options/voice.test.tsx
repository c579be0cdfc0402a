// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { VoiceSection } from '../../../../components/options/sections/voice/VoiceSection';
import type { VoiceSummary } from '../../../../lib/core/voice';
import { endCall, setCallVoice, startCall } from '../../../../lib/data/calls';
import type { LaipniDb } from '../../../../lib/data/database';
import { getSettings } from '../../../../lib/data/settings';
import { freshDb } from '../../data/helpers';
import { renderWithDb } from './render';

let db: LaipniDb;
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  db?.close();
});

const $$ = (selector: string) => [...document.querySelectorAll<HTMLElement>(selector)];

function summary(agentRate: number, interruptions: number): VoiceSummary {
  return {
    durationMs: 60_000,
    agentTalkMs: 20_000,
    customerTalkMs: 30_000,
    overlapMs: 0,
    talkShare: 0.4,
    interruptions,
    backchannels: 0,
    turnOverlaps: 0,
    monologues: 0,
    longestTurnMs: 5_000,
    agentRate,
    customerRate: 4,
    agentSyllables: 100,
    customerSyllables: 120,
    agentLevelDb: -25.6,
    customerLevelDb: -28,
    tooQuietMs: 0,
    tooLoudMs: 0,
    clippingMs: 0,
    clipEvents: 0,
    tooFastMs: 0,
  };
}

async function call(at: number, voice?: VoiceSummary): Promise<string> {
  const started = await startCall(db, {
    site: 'crm.example.lv',
    tabId: 1,
    direction: 'inbound',
    contactKey: null,
    customerName: null,
    startedByAgent: false,
    now: at,
  });
  await endCall(db, started.id, { now: at + 60_000 });
  if (voice) await setCallVoice(db, started.id, voice);
  return started.id;
}

/** A browser whose microphone the agent allows, with two inputs besides the default. */
function allowMicrophone() {
  const stop = vi.fn();
  vi.stubGlobal('navigator', {
    ...navigator,
    permissions: { query: async () => ({ state: 'prompt', onchange: null }) },
    mediaDevices: {
      getUserMedia: vi.fn(async () => ({ getTracks: () => [{ stop }] })),
      enumerateDevices: async () => [
        { kind: 'audioinput', deviceId: 'default', label: 'Default' },
        { kind: 'audioinput', deviceId: 'mic-1', label: 'Headset' },
        { kind: 'audioinput', deviceId: 'loop-2', label: 'Softphone loopback' },
        { kind: 'audiooutput', deviceId: 'out-1', label: 'Speakers' },
      ],
    },
  });
  return stop;
}

describe('the voice coach section of the options page', () => {
  it('says so when no call had the voice coach on', async () => {
    db = freshDb();
    await call(1000);
    renderWithDb(<VoiceSection />, db);
    expect(
      await screen.findByText('Vēl nav neviena zvana ar ieslēgtu balss treneri.'),
    ).toBeTruthy();
  });

  it('lists the calls with a voice summary, oldest first, with a bar per call', async () => {
    db = freshDb();
    const later = await call(5_000_000, summary(5.26, 2));
    await call(3_000_000);
    const earlier = await call(1_000_000, summary(4.04, 0));
    renderWithDb(<VoiceSection />, db);
    await waitFor(() => expect($$('[data-laipni="voice-history"] tbody tr')).toHaveLength(2));
    const rows = $$('[data-laipni="voice-history"] tbody tr');
    expect(rows.map((r) => r.dataset.call)).toEqual([earlier, later]);
    expect(
      rows.map((r) => [...r.querySelectorAll('td')].slice(1).map((c) => c.textContent)),
    ).toEqual([
      ['4.0', '0', '40 %', '-26'],
      ['5.3', '2', '40 %', '-26'],
    ]);
    expect($$('[data-laipni="voice-chart"] rect.bar-rate')).toHaveLength(2);
    expect($$('[data-laipni="voice-chart"] circle.dot-interruptions')).toHaveLength(1);
  });

  it('asks for the microphone on the agent’s click, then keeps the chosen customer input', async () => {
    db = freshDb();
    const stop = allowMicrophone();
    renderWithDb(<VoiceSection />, db);
    fireEvent.click(await screen.findByRole('button', { name: 'Atļaut mikrofonu' }));
    await screen.findByText('Mikrofons Laipni paplašinājumam ir atļauts.');
    // Nothing is recorded here: the stream is stopped at once.
    expect(stop).toHaveBeenCalled();

    const select = (await screen.findByLabelText('Klienta puse')) as HTMLSelectElement;
    await waitFor(() =>
      expect([...select.options].map((o) => o.textContent)).toEqual([
        'Nav (tikai mans mikrofons)',
        'Headset',
        'Softphone loopback',
      ]),
    );
    fireEvent.change(select, { target: { value: 'loop-2' } });
    await waitFor(async () => expect((await getSettings(db)).voiceCustomerDevice).toBe('loop-2'));
  });
});
