import { afterEach, describe, expect, it } from 'vitest';
import { createRuleSetService, type RuleSetService } from '../../../../lib/background/rule-set';
import { createTabStore, type TabStoreDeps } from '../../../../lib/background/sidebar/tab-store';
import type { Pack } from '../../../../lib/core/model/pack';
import type { LaipniDb } from '../../../../lib/data/database';
import { importPack } from '../../../../lib/data/pack-import';
import { ensureBuiltinPack } from '../../../../lib/data/packs';
import { samplePack } from '../../../fixtures/sample-pack';
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
