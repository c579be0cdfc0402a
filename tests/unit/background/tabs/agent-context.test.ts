import { describe, expect, it } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { createAgentContextCache } from '../../../../lib/background/tabs/agent-context';
import { endCall, startCall } from '../../../../lib/data/calls';
import { updateSettings } from '../../../../lib/data/settings';
import { freshDb } from '../../data/helpers';

describe("the agent's settings and running call as the card fills them", () => {
  it('follow a settings change and a call started and ended, with no stale value between', async () => {
    const db = freshDb();
    const agent = createAgentContextCache(db);
    expect((await agent.current()).call).toBeUndefined();

    await updateSettings(db, { agentName: 'Anna' });
    expect((await agent.current()).settings.agentName).toBe('Anna');

    const call = await startCall(db, {
      site: 'crm.example',
      direction: 'inbound',
      startedByAgent: true,
      customerName: 'Jānis',
    });
    expect((await agent.current()).call?.customerName).toBe('Jānis');

    await endCall(db, call.id);
    expect((await agent.current()).call).toBeUndefined();
    agent.stop();
    db.close();
  });

  it('see a change made by another extension page (another connection to the same database)', async () => {
    const factory = new IDBFactory();
    const background = freshDb(factory, 'laipni-shared');
    const optionsPage = freshDb(factory, 'laipni-shared');
    const agent = createAgentContextCache(background);
    expect((await agent.current()).settings.agentName).not.toBe('Ilze');
    await updateSettings(optionsPage, { agentName: 'Ilze' });
    await expect.poll(async () => (await agent.current()).settings.agentName).toBe('Ilze');
    agent.stop();
    background.close();
    optionsPage.close();
  });
});
