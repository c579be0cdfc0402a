import { afterEach, describe, expect, it } from 'vitest';
import { createDataHandlers } from '../../../lib/background/data-handlers';
import { createRuleSetService, type RuleSetService } from '../../../lib/background/rule-set';
import { callContextFor } from '../../../lib/background/tabs/call-context';
import { startCallScript } from '../../../lib/data/call-script';
import { getActiveCall, startCall } from '../../../lib/data/calls';
import type { LaipniDb } from '../../../lib/data/database';
import { ensureBuiltinPack } from '../../../lib/data/packs';
import { BUILTIN_SCRIPTS } from '../../../lib/core/scripts/builtin';
import type { HandlerContext } from '../../../lib/protocol/transport/router';
import { samplePack } from '../../fixtures/sample-pack';
import { freshDb } from '../data/helpers';

let db: LaipniDb;
let service: RuleSetService;
afterEach(() => {
  service?.stop();
  db?.close();
});

const ctx: HandlerContext = {
  sender: { tab: { id: 7, url: 'https://s/' }, url: 'https://s/', frameId: 0 },
  role: 'content-script',
};
const inbound = BUILTIN_SCRIPTS[0]!;

async function callWithScript() {
  db = freshDb();
  await ensureBuiltinPack(db, { ...samplePack(), id: 'laipni.builtin' }, 1);
  service = createRuleSetService(db);
  const call = await startCall(db, {
    site: 's',
    tabId: 7,
    direction: 'inbound',
    startedByAgent: false,
  });
  await startCallScript(db, call.id, inbound);
  return call.id;
}

describe('script steps typed in the CRM', () => {
  it('the effective pack carries the built-in scripts; frames get the rules without them', async () => {
    await callWithScript();
    const { pack } = await service.current();
    expect(pack.scripts?.map((s) => s.id)).toEqual(BUILTIN_SCRIPTS.map((s) => s.id));
    const h = createDataHandlers(db, service);
    const answer = await h['data:get-rules']({}, ctx);
    expect('pack' in answer && answer.pack.scripts).toBeUndefined();
    expect('pack' in answer && answer.pack.rules.length).toBe(pack.rules.length);
  });

  it('frames of the call’s site learn which steps typed text says; other sites do not', async () => {
    await callWithScript();
    const { scripts } = (await service.current()).pack;
    const own = await callContextFor(db, 7, undefined, 's', scripts);
    expect(own.scriptSteps?.map((s) => s.id)).toEqual([
      'greet',
      'recording',
      'offer-help',
      'more-help',
      'goodbye',
      'resume',
    ]);
    expect(own.scriptSteps?.[0]?.detect?.phrases).toContain('mans vārds ir');
    const widget = await callContextFor(db, 7, undefined, 'widget.example', scripts);
    expect(widget.scriptSteps).toBeUndefined();
  });

  it('a typed step is said ("typed") on the call’s own page only, and only a step of its script', async () => {
    await callWithScript();
    const h = createDataHandlers(db, service, () => 1234);
    const other: HandlerContext = {
      sender: { tab: { id: 8, url: 'https://s/' }, url: 'https://s/', frameId: 0 },
      role: 'content-script',
    };
    expect(
      await h['data:checklist-hit']({ itemId: 'recording', checklist: 'script' }, other),
    ).toEqual({
      ticked: false,
    });
    expect(await h['data:checklist-hit']({ itemId: 'listen', checklist: 'script' }, ctx)).toEqual({
      ticked: false,
    });
    expect(
      await h['data:checklist-hit']({ itemId: 'recording', checklist: 'script' }, ctx),
    ).toEqual({
      ticked: true,
    });
    expect((await getActiveCall(db))?.script?.said).toEqual({
      recording: { how: 'typed', at: 1234 },
    });
  });
});
