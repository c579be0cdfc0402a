import { afterEach, describe, expect, it } from 'vitest';
import { createVoiceAnalyzer, type VoiceSummary } from '../../../lib/core/voice';
import { createBackup, serializeBackup } from '../../../lib/data/backup/create';
import { validateBackup } from '../../../lib/data/backup/restore';
import {
  endCall,
  getCall,
  setCallVoice,
  setChecklistTick,
  startCall,
} from '../../../lib/data/calls';
import type { LaipniDb } from '../../../lib/data/database';
import { freshDb } from './helpers';

let db: LaipniDb;
afterEach(() => db?.close());

/** A real summary: the analyser after three seconds of a 200 Hz tone. */
function summary(): VoiceSummary {
  const analyzer = createVoiceAnalyzer({ customerSide: false });
  analyzer.push(
    'agent',
    new Float32Array(48000).map((_, i) => 0.1 * Math.sin((2 * Math.PI * 200 * i) / 16000)),
  );
  return analyzer.summary();
}

async function endedCall() {
  const call = await startCall(db, {
    site: 'crm.example.lv',
    tabId: 7,
    direction: 'inbound',
    contactKey: 'k1',
    customerName: 'Jānis',
    startedByAgent: false,
    now: 1000,
  });
  await setChecklistTick(db, call.id, {
    itemId: 'body-listen',
    checklist: 'body',
    ticked: true,
    auto: false,
    now: 1500,
  });
  await endCall(db, call.id, { now: 2000 });
  return call.id;
}

describe('the voice summary on a call record', () => {
  it('is stored on an ended call with auto ticks for the items it met, keeping earlier ticks', async () => {
    db = freshDb();
    const id = await endedCall();
    const voice = summary();
    await setCallVoice(db, id, voice, ['body-clear', 'body-listen'], 2100);
    const call = await getCall(db, id);
    expect(call?.voice).toEqual(voice);
    expect(call?.outcome).toBe('completed');
    expect(call?.ticks).toEqual([
      { itemId: 'body-listen', checklist: 'body', at: 1500, auto: false },
      { itemId: 'body-clear', checklist: 'body', at: 2100, auto: true },
    ]);
  });

  it('goes through a backup and its validation, and a backup with samples in it is refused', async () => {
    db = freshDb();
    const id = await endedCall();
    await setCallVoice(db, id, summary());
    const text = serializeBackup(await createBackup(db));
    const check = validateBackup(JSON.parse(text));
    expect(check.ok).toBe(true);
    if (check.ok) expect(check.backup.data.calls[0]?.voice).toEqual(summary());

    const tampered = JSON.parse(text);
    tampered.data.calls[0].voice.samples = [0.1, -0.2, 0.3];
    expect(validateBackup(tampered).ok).toBe(false);
  });
});
