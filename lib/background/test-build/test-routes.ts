import { importPack } from '../../data/pack-import';
import { purgeExpired } from '../../data/retention';
import { getSettings } from '../../data/settings';
import { TEST_REQUEST_SCHEMAS, type TestProtocolMap } from '../../protocol/test-messages';
import { routesOf, type Routes } from '../../protocol/transport/router';
import type { Background } from '../start';

/** The test build's answers to the test requests (extension pages only). */
export function testRoutes(background: Background): Routes<TestProtocolMap> {
  const { db, rules } = background;
  const sidebarOf = (tabId: number) =>
    background.tabs.sidebarStoreFor({
      kind: 'sidebar',
      tabId,
      frameId: 0,
      ownerFrameId: 0,
      pageUrl: '',
    });
  return routesOf<TestProtocolMap>(
    {
      'test:import-pack': 'extension',
      'test:layering-report': 'extension',
      'test:purge-now': 'extension',
      'test:sidebar-read': 'extension',
      'test:sidebar-run': 'extension',
    },
    TEST_REQUEST_SCHEMAS,
    {
      'test:import-pack': async ({ json, confirmDowngrade, origin }) =>
        importPack(db, json, {
          source: 'file',
          ...(confirmDowngrade !== undefined ? { confirmDowngrade } : {}),
          ...(origin !== undefined ? { origin } : {}),
        }),
      'test:layering-report': async () => {
        const { version, report } = await rules.current();
        return { version, report };
      },
      'test:purge-now': async () => purgeExpired(db, (await getSettings(db)).retentionDays),
      'test:sidebar-read': ({ tabId, query }) =>
        new Promise((resolve, reject) => {
          const stop = sidebarOf(tabId).watch(
            query,
            (value) => {
              queueMicrotask(() => stop());
              resolve(value);
            },
            (message) => reject(new Error(message)),
          );
        }),
      'test:sidebar-run': ({ tabId, command }) => sidebarOf(tabId).run(command),
    },
  );
}
