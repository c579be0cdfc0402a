import { afterEach, describe, expect, it } from 'vitest';
import { createRuleSetService, type RuleSetService } from '../../../../lib/background/rule-set';
import { createTabStore, type TabStoreDeps } from '../../../../lib/background/sidebar/tab-store';
import type { Pack } from '../../../../lib/core/model/pack';
import type { LaipniDb } from '../../../../lib/data/database';
import { importPack } from '../../../../lib/data/pack-import';
import { ensureBuiltinPack } from '../../../../lib/data/packs';
import { samplePack } from '../../../fixtures/sample-pack';
import { BUILTIN_SCRIPTS } from '../../../../lib/core/scripts/builtin';
import { createCallStarter } from '../../../../lib/background/tabs/start-call';
import { createTabStates } from '../../../../lib/background/tabs/tab-states';
import { getCall } from '../../../../lib/data/calls';
import type { Script } from '../../../../lib/core/model/script';
import { freshDb } from '../../data/helpers';

let db: LaipniDb;
let rules: RuleSetService;
afterEach(() => {
  rules?.stop();
  db?.close();
});

/** The sidebar's phrase library and rules follow the tab's site, as the frames' rules do. */
describe('sidebar effective pack per site', () => {
  it('leaves out rules and library phrases scoped to another site', async () => {
    db = freshDb();
    await ensureBuiltinPack(db, { ...samplePack(), id: 'laipni.builtin' }, 1);
    const base = { ...samplePack().rules[0]! };
    delete base.examples;
    const scoped: Pack = {
      ...samplePack(),
      id: 'team.sites',
      rules: [{ ...base, id: 'mail-only', sites: { hosts: ['mail.acme.lv'] } }],
      phrases: [
        {
          id: 'mail-bye',
          situation: 'closing',
          text: 'Ar cieņu',
          sites: { hosts: ['mail.acme.lv'] },
        },
        { id: 'any-hello', situation: 'opening', text: 'Labdien' },
      ],
    };
    const imported = await importPack(db, scoped);
    expect(imported.ok ? [] : imported.errors).toEqual([]);
    rules = createRuleSetService(db);
    const deps = { db, rules } as unknown as TabStoreDeps;
    const packOn = (pageUrl: string) =>
      new Promise<Pack>((resolve) => {
        const store = createTabStore(deps, {
          kind: 'sidebar',
          tabId: 1,
          frameId: 2,
          ownerFrameId: 0,
          pageUrl,
        });
        const stop = store.watch(
          { name: 'effective-pack', params: {} },
          (result) => {
            if (result.pack.rules.some((r) => r.id === 'es-nezinu')) {
              stop();
              resolve(result.pack);
            }
          },
          (message) => {
            throw new Error(message);
          },
        );
      });
    const mail = await packOn('https://mail.acme.lv/inbox');
    const chat = await packOn('https://chat.acme.lv/');
    expect(mail.rules.map((r) => r.id)).toContain('mail-only');
    expect(chat.rules.map((r) => r.id)).not.toContain('mail-only');
    expect(mail.phrases?.map((p) => p.id)).toEqual(
      expect.arrayContaining(['mail-bye', 'any-hello']),
    );
    expect(chat.phrases?.map((p) => p.id)).not.toContain('mail-bye');
    expect(chat.phrases?.map((p) => p.id)).toContain('any-hello');
  });
});

/** Call scripts scoped to sites: the sidebar lists and starts only its tab's site's. */
describe('sidebar scripts per site', () => {
  it('lists a scoped script only on its site and refuses to start it elsewhere', async () => {
    db = freshDb();
    await ensureBuiltinPack(db, { ...samplePack(), id: 'laipni.builtin' }, 1);
    const [inbound, outbound] = BUILTIN_SCRIPTS as [Script, Script];
    const scoped: Pack = {
      ...samplePack(),
      format: 'laipni-pack/2',
      id: 'team.scripts',
      rules: [],
      scripts: [
        { ...inbound, id: 'desk-inbound', sites: { hosts: ['desk.acme.lv'] } },
        { ...outbound, id: 'team-outbound' },
      ],
    };
    const imported = await importPack(db, scoped);
    expect(imported.ok ? [] : imported.errors).toEqual([]);
    rules = createRuleSetService(db);
    const tabs = createTabStates();
    const startCall = createCallStarter(db, rules, tabs);
    const deps = { db, rules, tabs, startCall } as unknown as TabStoreDeps;
    const storeOn = (pageUrl: string) =>
      createTabStore(deps, { kind: 'sidebar', tabId: 1, frameId: 2, ownerFrameId: 0, pageUrl });
    const scriptsOn = (pageUrl: string) =>
      new Promise<string[]>((resolve) => {
        const stop = storeOn(pageUrl).watch(
          { name: 'effective-pack', params: {} },
          (result) => {
            if (!result.pack.scripts?.some((s) => s.id === 'team-outbound')) return;
            stop();
            resolve(result.pack.scripts.map((s) => s.id));
          },
          (message) => {
            throw new Error(message);
          },
        );
      });
    expect(await scriptsOn('https://desk.acme.lv/tickets')).toEqual(
      expect.arrayContaining(['desk-inbound', 'team-outbound']),
    );
    const onChatList = await scriptsOn('https://chat.acme.lv/');
    expect(onChatList).toContain('team-outbound');
    expect(onChatList).not.toContain('desk-inbound');

    // Started from the sidebar mid-call: refused on another site, started on its own.
    const chat = storeOn('https://chat.acme.lv/');
    const { callId } = await chat.run({
      name: 'start-call',
      params: { direction: 'inbound', startedByAgent: false },
    });
    expect(
      await chat.run({ name: 'script-start', params: { callId, scriptId: 'desk-inbound' } }),
    ).toMatchObject({ ok: false, error: { en: expect.stringContaining('not available here') } });
    expect((await getCall(db, callId))?.script).toBeUndefined();
    const desk = storeOn('https://desk.acme.lv/tickets');
    expect(
      await desk.run({ name: 'script-start', params: { callId, scriptId: 'desk-inbound' } }),
    ).toEqual({ ok: true });
    expect((await getCall(db, callId))?.script?.scriptId).toBe('desk-inbound');

    // Asked for with the call itself: the same rule.
    const onChat = await chat.run({
      name: 'start-call',
      params: { direction: 'inbound', startedByAgent: false, scriptId: 'desk-inbound' },
    });
    expect((await getCall(db, onChat.callId))?.script).toBeUndefined();
    const onDesk = await desk.run({
      name: 'start-call',
      params: { direction: 'inbound', startedByAgent: false, scriptId: 'desk-inbound' },
    });
    expect((await getCall(db, onDesk.callId))?.script?.scriptId).toBe('desk-inbound');
  });
});
