import * as v from 'valibot';
import type { PurgeResult } from '../core/model/call';
import type { LayeringReport } from '../core/packs/layering';
import type { ImportResult } from '../core/packs/import-plan';
import type { RequestSchemas } from './schemas';
import type { Command, Query } from './sidebar-store';
import { commandSchema, querySchema } from './sidebar-store-wire';

const tabId = v.pipe(v.number(), v.integer(), v.minValue(0));

/**
 * Requests only end-to-end tests and benchmarks send, answered only by a test build of the
 * background (see lib/background/test-build/); a production build has no handler for them.
 * Extension pages only.
 */
export interface TestProtocolMap {
  /** Import a pack file as if from the options page. */
  'test:import-pack': {
    request: { json: string; confirmDowngrade?: boolean; origin?: string };
    response: ImportResult;
  };
  /** Which rule came from which pack, locks, blocked and orphaned overrides. */
  'test:layering-report': {
    request: Record<string, never>;
    response: { version: string; report: LayeringReport };
  };
  /** Run the retention purge now. */
  'test:purge-now': { request: Record<string, never>; response: PurgeResult };
  /** What a verified sidebar of the tab reads first for a live query. */
  'test:sidebar-read': { request: { tabId: number; query: Query }; response: unknown };
  /** A command as a verified sidebar of the tab runs it. */
  'test:sidebar-run': { request: { tabId: number; command: Command }; response: unknown };
}

export const TEST_REQUEST_SCHEMAS: RequestSchemas<TestProtocolMap> = {
  'test:import-pack': v.strictObject({
    json: v.pipe(v.string(), v.maxLength(16 * 1024 * 1024)),
    confirmDowngrade: v.optional(v.boolean()),
    origin: v.optional(v.pipe(v.string(), v.maxLength(2000))),
  }),
  'test:layering-report': v.strictObject({}),
  'test:purge-now': v.strictObject({}),
  'test:sidebar-read': v.strictObject({ tabId, query: querySchema }),
  'test:sidebar-run': v.strictObject({ tabId, command: commandSchema }),
};
