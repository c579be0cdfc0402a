import { liveQuery } from 'dexie';
import {
  deleteAllCalls,
  deleteCall,
  endCall,
  getActiveCall,
  getCall,
  listCalls,
  setCallPhase,
} from '../../data/calls';
import type { LaipniDb } from '../../data/database';
import { getSettings } from '../../data/settings';
import { getSiteSettings, updateSiteSettings } from '../../data/sites';
import type { Pack } from '../../core/model/pack';
import { moveCallScript, startCallScript } from '../../data/call-script';
import { noteVisible } from '../../core/scripts/note';
import { tickAndAdvance } from '../../data/call-advance';
import { markPackChangeSeen, subscriptionViews } from '../../data/subscription-views';
import { dismissCallback, pendingCallbacks } from '../../data/callback-reminders';
import type {
  ActiveCallView,
  Command,
  DataCommandMap,
  DataQueryMap,
  Query,
  ScriptCommandResult,
  Store,
} from '../../protocol/sidebar-store';
import type { CallRecord } from '../../core/model/call';

type QueryName = keyof DataQueryMap;
type CommandName = keyof DataCommandMap;

type QueryHandlers = {
  [K in QueryName]: (
    db: LaipniDb,
    params: DataQueryMap[K]['params'],
  ) => Promise<DataQueryMap[K]['result']>;
};

/** The call with the earlier one it follows: `via` the repeat call's, or the dropped one it calls back. */
async function withPrevious(
  db: LaipniDb,
  call: CallRecord,
  via: string | null | undefined = call.repeatOfCallId,
): Promise<ActiveCallView> {
  const previous = via ? await getCall(db, via) : undefined;
  return { call, previous };
}

const queries: QueryHandlers = {
  settings: (db) => getSettings(db),
  site: async (db, { site }) => {
    const settings = await getSiteSettings(db, site);
    return { settings, collapsed: settings.sidebarCollapsed };
  },
  'active-call': async (db) => {
    const call = await getActiveCall(db);
    return call ? withPrevious(db, call) : null;
  },
  'script-call': async (db) => {
    const call = (await getActiveCall(db)) ?? (await db.calls.orderBy('startedAt').last());
    if (!call) return null;
    if (call.outcome !== 'open' && !(call.script && noteVisible(call.script))) return null;
    return withPrevious(db, call, call.callBackOf ?? call.repeatOfCallId);
  },
  callbacks: (db) => pendingCallbacks(db),
  'call-log': async (db, { limit, contactKey }) => ({
    calls: await listCalls(db, { limit, ...(contactKey ? { contactKey } : {}) }),
    total: await db.calls.count(),
  }),
  subscriptions: (db) => subscriptionViews(db),
};

/** The effective pack: its checklists for the phase rule of a hand tick, its scripts. */
export type PackSource = () => Promise<Pack>;

type CommandHandlers = {
  [K in CommandName]: (
    db: LaipniDb,
    params: DataCommandMap[K]['params'],
    pack: PackSource,
  ) => Promise<DataCommandMap[K]['result']>;
};

const NO_SCRIPT = {
  ok: false,
  error: {
    lv: 'Šis skripts šeit nav pieejams: tas izņemts no pakām vai paredzēts citai vietnei. Izvēlieties citu.',
    en: 'This script is not available here: it was removed from the packs or is meant for another site. Choose another.',
  },
} as const satisfies ScriptCommandResult;

async function scriptOf(pack: PackSource, id: string | undefined) {
  return id === undefined ? undefined : (await pack()).scripts?.find((s) => s.id === id);
}

const commands: CommandHandlers = {
  'set-phase': async (db, { callId, phase }) => void (await setCallPhase(db, callId, phase)),
  tick: async (db, { callId, itemId, checklist, ticked }, pack) =>
    void (await tickAndAdvance(db, callId, (await pack()).checklists ?? {}, {
      itemId,
      checklist,
      ticked,
      auto: false,
    })),
  'end-call': async (db, { callId, dropped }) => void (await endCall(db, callId, { dropped })),
  'dismiss-callback': (db, { callId }) => dismissCallback(db, callId),
  'update-site': async (db, { site, patch }) => void (await updateSiteSettings(db, site, patch)),
  'set-collapsed': async (db, { site, collapsed }) =>
    void (await updateSiteSettings(db, site, { sidebarCollapsed: collapsed })),
  'delete-call': (db, { callId }) => deleteCall(db, callId),
  'delete-all-calls': (db) => deleteAllCalls(db),
  'dismiss-pack-change': (db, { url, at }) => markPackChangeSeen(db, url, at),
  'script-start': async (db, { callId, scriptId }, pack) => {
    const script = await scriptOf(pack, scriptId);
    return script ? startCallScript(db, callId, script) : NO_SCRIPT;
  },
  'script-move': async (db, { callId, move }, pack) => {
    const script = await scriptOf(pack, (await getCall(db, callId))?.script?.scriptId);
    return script ? moveCallScript(db, callId, script, move) : NO_SCRIPT;
  },
};

export function runQuery<K extends QueryName>(
  db: LaipniDb,
  query: Query<K>,
): Promise<DataQueryMap[K]['result']> {
  const handler = queries[query.name] as QueryHandlers[K];
  return handler(db, query.params);
}

export function runCommand<K extends CommandName>(
  db: LaipniDb,
  command: Command<K>,
  pack: PackSource,
): Promise<DataCommandMap[K]['result']> {
  const handler = commands[command.name] as CommandHandlers[K];
  return handler(db, command.params, pack);
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * The sidebar's data part on a database this context may open (the background; tests). Queries
 * are Dexie live queries, so they answer again after a write in any extension context.
 */
export function localStore(db: LaipniDb, pack: PackSource): Store<QueryName, CommandName> {
  return {
    watch(query, next, error) {
      const subscription = liveQuery(() => runQuery(db, query)).subscribe({
        next,
        error: (cause: unknown) => error(messageOf(cause)),
      });
      return () => subscription.unsubscribe();
    },
    run: (command) => runCommand(db, command, pack),
  };
}
