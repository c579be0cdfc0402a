import type { LaipniDb } from '../../data/database';
import type { EmbedKind } from '../../protocol/frame-messages';
import type { PageFinding } from '../../protocol/page-messages';
import type {
  CardView,
  Command,
  CommandName,
  DataCommandMap,
  DataQueryMap,
  Query,
  QueryName,
  SidebarStore,
  TabCommandMap,
  TabQueryMap,
  Unsubscribe,
} from '../../protocol/sidebar-store';
import type { RuleSetService } from '../rule-set';
import type { FrameRelay } from '../tabs/relay';
import type { createCallStarter } from '../tabs/start-call';
import type { TabFilling } from '../tabs/tab-filling';
import type { TabStates } from '../tabs/tab-states';
import type { VoiceService } from '../voice/voice-service';
import { localStore } from './data-store';
import { packForTab } from '../tabs/site-context';
import type { Pack } from '../../core/model/pack';

/** The tab and frames a verified extension frame (a sidebar or a card) serves. */
export interface SidebarBinding {
  kind: EmbedKind;
  tabId: number;
  /** The extension frame itself. */
  frameId: number;
  /** The CRM frame whose content script created it (a card acts on that frame's field). */
  ownerFrameId: number;
  pageUrl: string;
}

export interface TabStoreDeps {
  db: LaipniDb;
  rules: RuleSetService;
  tabs: TabStates;
  relay: FrameRelay;
  filling: TabFilling;
  startCall: ReturnType<typeof createCallStarter>;
  voice: VoiceService;
}

type TabQueries = {
  [K in keyof TabQueryMap]: (next: (result: TabQueryMap[K]['result']) => void) => Unsubscribe;
};
type TabCommands = {
  [K in keyof TabCommandMap]: (
    params: TabCommandMap[K]['params'],
  ) => Promise<TabCommandMap[K]['result']>;
};

/** What a card frame may read and do: its own card only. */
const CARD_QUERIES: readonly QueryName[] = ['card'];
const CARD_COMMANDS: readonly CommandName[] = [
  'card-apply',
  'card-ignore',
  'card-close',
  'card-size',
];

/** Calls `next` with each new value of `read` whenever the tab's state changes. */
function follow<T>(
  tabs: TabStates,
  tabId: number,
  read: () => Promise<T>,
  next: (value: T) => void,
): Unsubscribe {
  let live = true;
  let latest = 0;
  const update = () => {
    const asked = ++latest;
    void read().then((value) => {
      // An answer that a newer change has overtaken is not shown.
      if (live && asked === latest) next(value);
    });
  };
  update();
  const stop = tabs.subscribe(tabId, update);
  return () => {
    live = false;
    stop();
  };
}

/**
 * The store of one verified extension frame: a sidebar gets the database's queries and
 * commands, its tab's state and the effective pack (live), and apply, insert and start-call in
 * that tab only; a card gets its own findings, filled, and acts on its own frame's field.
 */
export function createTabStore(deps: TabStoreDeps, binding: SidebarBinding): SidebarStore {
  const { tabs, rules, filling } = deps;
  const { tabId, ownerFrameId } = binding;
  // The scripts the sidebar may start are its tab's site's, the ones it lists.
  const sitePack = async () => packForTab(deps.db, await rules.current(), binding.pageUrl);
  const data = localStore(deps.db, async () => (await sitePack()).pack);
  const cardFindings = (): PageFinding[] | undefined => tabs.get(tabId)?.cards[ownerFrameId];

  async function cardView(): Promise<CardView | null> {
    const shown = cardFindings();
    if (!shown) return null;
    const [findings, language] = await Promise.all([
      filling.findings(tabId, shown),
      filling.language(),
    ]);
    return { findings, language };
  }

  /** The card's finding at `index` and its filled suggestions. */
  async function cardFinding(index: number) {
    const finding = cardFindings()?.[index];
    if (!finding) return null;
    const [view] = await filling.findings(tabId, [finding]);
    return view ? { finding, view } : null;
  }

  /** A card acts on the field of the frame that created it. */
  const toOwner: FrameRelay = (_tab, _frame, name, request) =>
    deps.relay(tabId, ownerFrameId, name, request);

  const tabQueries: TabQueries = {
    'tab-state': (next) => follow(tabs, tabId, () => filling.state(tabId), next),
    'effective-pack': (next) => {
      let live = true;
      // The sidebar shows the rules, library phrases and scripts of its tab's site.
      const send = async (current: { version: string; pack: Pack }) => {
        const result = await packForTab(deps.db, current, binding.pageUrl);
        if (live) next({ version: result.version, pack: result.pack });
      };
      void rules.current().then(send);
      const stop = rules.onChange((current) => void send(current));
      return () => {
        live = false;
        stop();
      };
    },
    card: (next) => follow(tabs, tabId, cardView, next),
    voice: (next) => {
      next(deps.voice.view(tabId));
      return deps.voice.subscribe(tabId, () => next(deps.voice.view(tabId)));
    },
  };

  const tabCommands: TabCommands = {
    apply: (params) => deps.relay(tabId, tabs.get(tabId)?.findingsFrameId, 'page:apply', params),
    insert: async (params) => {
      const focused = tabs.get(tabId)?.focusFrameId;
      if (params.target !== 'note') return deps.relay(tabId, focused, 'page:insert', params);
      // The notes field is most often in the top frame; else where the agent worked.
      const top = await deps.relay(tabId, 0, 'page:insert', params);
      if (top.ok || focused === undefined || focused === 0) return top;
      return deps.relay(tabId, focused, 'page:insert', params);
    },
    'start-call': (params) => deps.startCall(tabId, binding.pageUrl, params),
    'card-apply': async ({ finding, suggestion }) => {
      const found = await cardFinding(finding);
      const text = found?.view.suggestions[suggestion];
      if (!found || text === undefined) return { ok: false, reason: 'stale' };
      const { ruleId, start, end } = found.finding;
      const ref = { ruleId, start, end, text: found.finding.text };
      return toOwner(tabId, ownerFrameId, 'page:apply', { finding: ref, suggestion: text });
    },
    'card-ignore': async ({ finding }) => {
      const found = cardFindings()?.[finding];
      if (!found) return { ok: false, reason: 'stale' };
      const { ruleId, start, end, text } = found;
      return toOwner(tabId, ownerFrameId, 'page:ignore', { finding: { ruleId, start, end, text } });
    },
    'card-close': () => toOwner(tabId, ownerFrameId, 'page:card-close', {}),
    'card-size': ({ height }) => toOwner(tabId, ownerFrameId, 'page:card-size', { height }),
    'voice-start': ({ callId }) => deps.voice.start(tabId, callId),
    'voice-stop': () => deps.voice.stop(tabId),
  };

  const allowedQuery = (name: QueryName) =>
    binding.kind === 'card' ? CARD_QUERIES.includes(name) : name !== 'card';
  const allowedCommand = (name: CommandName) =>
    binding.kind === 'card' ? CARD_COMMANDS.includes(name) : !CARD_COMMANDS.includes(name);

  return {
    watch(query, next, error) {
      if (!allowedQuery(query.name)) {
        error(`${query.name} is not for a ${binding.kind}`);
        return () => undefined;
      }
      if (Object.hasOwn(tabQueries, query.name)) {
        const watch = tabQueries[query.name as keyof TabQueryMap] as (
          next: (result: unknown) => void,
        ) => Unsubscribe;
        return watch(next as (result: unknown) => void);
      }
      return data.watch(query as Query<keyof DataQueryMap>, next, error);
    },
    run<K extends CommandName>(command: Command<K>) {
      type Result = ReturnType<SidebarStore['run']>;
      if (!allowedCommand(command.name))
        return Promise.reject(new Error(`${command.name} is not for a ${binding.kind}`)) as Result;
      if (Object.hasOwn(tabCommands, command.name)) {
        const run = tabCommands[command.name as keyof TabCommandMap] as (
          params: unknown,
        ) => Promise<unknown>;
        return run(command.params) as Result;
      }
      return data.run(command as Command<keyof DataCommandMap>) as Result;
    },
  };
}
