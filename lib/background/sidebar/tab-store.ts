import type { LaipniDb } from '../../data/database';
import { localStore } from './data-store';
import type {
  CommandName,
  DataCommandMap,
  DataQueryMap,
  Query,
  Command,
  SidebarStore,
  TabCommandMap,
  TabQueryMap,
  Unsubscribe,
} from '../../protocol/sidebar-store';
import type { RuleSetService } from '../rule-set';
import type { FrameRelay } from '../tabs/relay';
import type { createCallStarter } from '../tabs/start-call';
import type { TabStates } from '../tabs/tab-states';

/** The tab (and frame) a verified sidebar serves. */
export interface SidebarBinding {
  tabId: number;
  frameId: number;
  pageUrl: string;
}

export interface TabStoreDeps {
  db: LaipniDb;
  rules: RuleSetService;
  tabs: TabStates;
  relay: FrameRelay;
  startCall: ReturnType<typeof createCallStarter>;
}

type TabQueries = {
  [K in keyof TabQueryMap]: (next: (result: TabQueryMap[K]['result']) => void) => Unsubscribe;
};
type TabCommands = {
  [K in keyof TabCommandMap]: (
    params: TabCommandMap[K]['params'],
  ) => Promise<TabCommandMap[K]['result']>;
};

/**
 * The store of one verified sidebar: the database's queries and commands, plus its own tab's
 * state and the effective pack (live), and apply, insert and start-call in that tab only.
 */
export function createTabStore(deps: TabStoreDeps, binding: SidebarBinding): SidebarStore {
  const { tabs, rules } = deps;
  const { tabId } = binding;
  const data = localStore(deps.db, async () => (await rules.current()).pack.checklists ?? {});

  const tabQueries: TabQueries = {
    'tab-state': (next) => {
      next(tabs.view(tabId));
      return tabs.subscribe(tabId, () => next(tabs.view(tabId)));
    },
    'effective-pack': (next) => {
      let live = true;
      void rules.current().then(({ version, pack }) => {
        if (live) next({ version, pack });
      });
      const stop = rules.onChange(({ version, pack }) => next({ version, pack }));
      return () => {
        live = false;
        stop();
      };
    },
  };

  const tabCommands: TabCommands = {
    apply: (params) => deps.relay(tabId, tabs.get(tabId)?.findingsFrameId, 'page:apply', params),
    insert: (params) => deps.relay(tabId, tabs.get(tabId)?.focusFrameId, 'page:insert', params),
    'start-call': (params) => deps.startCall(tabId, binding.pageUrl, params),
  };

  return {
    watch(query, next, error) {
      if (Object.hasOwn(tabQueries, query.name)) {
        const watch = tabQueries[query.name as keyof TabQueryMap] as (
          next: (result: unknown) => void,
        ) => Unsubscribe;
        return watch(next as (result: unknown) => void);
      }
      return data.watch(query as Query<keyof DataQueryMap>, next, error);
    },
    run<K extends CommandName>(command: Command<K>) {
      if (Object.hasOwn(tabCommands, command.name)) {
        const run = tabCommands[command.name as keyof TabCommandMap] as (
          params: unknown,
        ) => Promise<unknown>;
        return run(command.params) as ReturnType<SidebarStore['run']>;
      }
      return data.run(command as Command<keyof DataCommandMap>) as ReturnType<SidebarStore['run']>;
    },
  };
}
