import * as v from 'valibot';
import { ITEM_ID_PATTERN } from '../core/packs/schema-parts';
import { CALL_DIRECTIONS } from '../core/model/call';
import { CHECKLIST_KINDS, PHASES } from '../core/model/pack';
import { boundedText, findingRefSchema } from './page-schemas';
import { scriptMoveSchema } from './script-move-schema';
import type { Command, CommandMap, CommandName, Query, QueryMap, QueryName } from './sidebar-store';

/** The runtime port the sidebar's store talks over (`runtime.connect({ name })`). */
export const STORE_PORT_NAME = 'laipni:sidebar-store';

/** The side of a port the store protocol needs; the browser's `runtime.Port` is wrapped to it. */
export interface StorePort {
  post(message: unknown): void;
  onMessage(listener: (message: unknown) => void): void;
  onDisconnect(listener: () => void): void;
  disconnect(): void;
}

/**
 * The first message on a port: `hello` with the one-time token our content script handed to
 * this sidebar frame, or after a restarted service worker `resume` with the session the
 * background gave in `welcome`; the browser's side panel says `panel` with its window, and
 * serves that window's active tab. Nothing else is answered before a `welcome`.
 */
export type ClientMessage =
  | StoreHello
  | { t: 'resume'; session: string }
  | { t: 'watch'; id: number; query: Query }
  | { t: 'unwatch'; id: number }
  | { t: 'run'; id: number; command: Command };

/** How a store client introduces itself on a new port. */
export type StoreHello = { t: 'hello'; token: string } | { t: 'panel'; windowId: number };

export interface Welcome {
  tabId: number;
  /** The URL of the CRM page the sidebar sits in. */
  pageUrl: string;
  /** Resumes this binding on a new port (a restarted service worker); empty for the side panel. */
  session: string;
}

export type ServerMessage =
  | ({ t: 'welcome' } & Welcome)
  | { t: 'refused' }
  | { t: 'value'; id: number; value: unknown }
  | { t: 'error'; id: number; message: string }
  | { t: 'done'; id: number; value: unknown }
  | { t: 'failed'; id: number; message: string };

const id = v.pipe(v.number(), v.integer(), v.minValue(0));
const callId = v.pipe(v.string(), v.minLength(1), v.maxLength(100));
const site = v.pipe(v.string(), v.maxLength(300));
const none = v.strictObject({});
const index = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(100));
const scriptItemId = v.pipe(v.string(), v.maxLength(100), v.regex(ITEM_ID_PATTERN));

export const querySchema = v.variant('name', [
  v.strictObject({ name: v.literal('settings'), params: none }),
  v.strictObject({ name: v.literal('site'), params: v.strictObject({ site }) }),
  v.strictObject({ name: v.literal('active-call'), params: none }),
  v.strictObject({ name: v.literal('script-call'), params: none }),
  v.strictObject({ name: v.literal('callbacks'), params: none }),
  v.strictObject({
    name: v.literal('call-log'),
    params: v.strictObject({
      limit: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(5000)),
      contactKey: v.optional(v.pipe(v.string(), v.maxLength(200))),
    }),
  }),
  v.strictObject({ name: v.literal('subscriptions'), params: none }),
  v.strictObject({ name: v.literal('tab-state'), params: none }),
  v.strictObject({ name: v.literal('effective-pack'), params: none }),
  v.strictObject({ name: v.literal('card'), params: none }),
  v.strictObject({ name: v.literal('voice'), params: none }),
]);

export const commandSchema = v.variant('name', [
  v.strictObject({
    name: v.literal('set-phase'),
    params: v.strictObject({ callId, phase: v.picklist(PHASES) }),
  }),
  v.strictObject({
    name: v.literal('tick'),
    params: v.strictObject({
      callId,
      itemId: v.pipe(v.string(), v.maxLength(100), v.regex(ITEM_ID_PATTERN)),
      checklist: v.picklist(CHECKLIST_KINDS),
      ticked: v.boolean(),
    }),
  }),
  v.strictObject({
    name: v.literal('end-call'),
    params: v.strictObject({ callId, dropped: v.boolean() }),
  }),
  v.strictObject({ name: v.literal('dismiss-callback'), params: v.strictObject({ callId }) }),
  v.strictObject({
    name: v.literal('update-site'),
    params: v.strictObject({
      site,
      patch: v.strictObject({
        enabled: v.optional(v.boolean()),
        sidebarWidth: v.optional(v.pipe(v.number(), v.finite())),
      }),
    }),
  }),
  v.strictObject({
    name: v.literal('set-collapsed'),
    params: v.strictObject({ site, collapsed: v.boolean() }),
  }),
  v.strictObject({ name: v.literal('delete-call'), params: v.strictObject({ callId }) }),
  v.strictObject({ name: v.literal('delete-all-calls'), params: none }),
  v.strictObject({
    name: v.literal('dismiss-pack-change'),
    params: v.strictObject({
      // Subscription URLs are checked when added; here only the size is bounded.
      url: v.pipe(v.string(), v.minLength(1), v.maxLength(2000)),
      at: v.pipe(v.number(), v.integer(), v.minValue(0)),
    }),
  }),
  v.strictObject({
    name: v.literal('apply'),
    params: v.strictObject({ finding: findingRefSchema, suggestion: boundedText() }),
  }),
  v.strictObject({
    name: v.literal('script-start'),
    params: v.strictObject({ callId, scriptId: scriptItemId }),
  }),
  v.strictObject({
    name: v.literal('script-move'),
    params: v.strictObject({ callId, move: scriptMoveSchema }),
  }),
  v.strictObject({
    name: v.literal('insert'),
    // A call note is longer than a phrase.
    params: v.strictObject({
      text: boundedText(10_000),
      target: v.optional(v.literal('note')),
    }),
  }),
  v.strictObject({
    name: v.literal('start-call'),
    params: v.strictObject({
      direction: v.picklist(CALL_DIRECTIONS),
      startedByAgent: v.boolean(),
      number: v.optional(boundedText(40)),
      callBackOf: v.optional(boundedText(100)),
      scriptId: v.optional(scriptItemId),
    }),
  }),
  v.strictObject({
    name: v.literal('card-apply'),
    params: v.strictObject({ finding: index, suggestion: index }),
  }),
  v.strictObject({ name: v.literal('card-ignore'), params: v.strictObject({ finding: index }) }),
  v.strictObject({ name: v.literal('card-close'), params: none }),
  v.strictObject({
    name: v.literal('card-size'),
    params: v.strictObject({ height: v.pipe(v.number(), v.minValue(0), v.maxValue(4000)) }),
  }),
  v.strictObject({
    name: v.literal('voice-start'),
    params: v.strictObject({ callId: boundedText(100) }),
  }),
  v.strictObject({ name: v.literal('voice-stop'), params: none }),
]);

/** Each query and command as a discriminated union, one member per name, with its params. */
type EachQuery = { [K in QueryName]: { name: K; params: QueryMap[K]['params'] } }[QueryName];
type EachCommand = {
  [K in CommandName]: { name: K; params: CommandMap[K]['params'] };
}[CommandName];
/** True only when A and B accept the same values. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
// The schemas and the maps must describe the same messages: a query or command added to a
// map without its schema (or the other way round) does not compile, instead of being dropped.
const queriesHaveSchemas: Same<v.InferOutput<typeof querySchema>, EachQuery> = true;
const commandsHaveSchemas: Same<v.InferOutput<typeof commandSchema>, EachCommand> = true;
void queriesHaveSchemas;
void commandsHaveSchemas;

const secret = v.pipe(v.string(), v.minLength(1), v.maxLength(200));

const clientMessage = v.variant('t', [
  v.strictObject({ t: v.literal('hello'), token: secret }),
  v.strictObject({ t: v.literal('resume'), session: secret }),
  v.strictObject({ t: v.literal('panel'), windowId: v.pipe(v.number(), v.integer()) }),
  v.strictObject({ t: v.literal('watch'), id, query: querySchema }),
  v.strictObject({ t: v.literal('unwatch'), id }),
  v.strictObject({ t: v.literal('run'), id, command: commandSchema }),
]);

/** A message from a sidebar, checked for shape before the background acts on it. */
export function parseClientMessage(message: unknown): ClientMessage | null {
  const parsed = v.safeParse(clientMessage, message);
  return parsed.success ? (parsed.output as ClientMessage) : null;
}

export function isServerMessage(message: unknown): message is ServerMessage {
  if (typeof message !== 'object' || message === null) return false;
  const { t, id: messageId } = message as { t?: unknown; id?: unknown };
  return (
    (typeof messageId === 'number' &&
      (t === 'value' || t === 'error' || t === 'done' || t === 'failed')) ||
    t === 'welcome' ||
    t === 'refused'
  );
}
