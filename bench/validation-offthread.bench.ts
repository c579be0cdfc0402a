/**
 * A subscription download of the 2.7 MB example-heavy pack (tests/fixtures/costly-pack.ts, the
 * slowest validation the limits let through) while a frame asks the background's router for
 * `data:get-rules` every 20 ms: the worst answer time, with validation in this thread (as the
 * service worker did) and in a worker thread (as the extension now does: validation/pick.ts).
 * The bundled file is its own worker: in a worker thread it only validates.
 */
import 'fake-indexeddb/auto';
import { isMainThread, parentPort, Worker } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { createDataHandlers } from '../lib/background/data-handlers';
import { refreshSubscription, type RefreshDeps } from '../lib/background/distribution/refresh';
import { createRuleSetService } from '../lib/background/rule-set';
import { validateInThread, type PackValidator } from '../lib/background/validation/validator';
import { createWorkerValidator, type WorkerLike } from '../lib/background/validation/worker-runner';
import type { ValidateReply, ValidateRequest } from '../lib/background/validation/worker-protocol';
import { BUILTIN_PACK } from '../lib/core/engine';
import { validatePack } from '../lib/core/packs/validate';
import { LaipniDb } from '../lib/data/database';
import { ensureBuiltinPack } from '../lib/data/packs';
import { addSubscription } from '../lib/data/subscriptions';
import { envelope } from '../lib/protocol/envelope';
import { MESSAGE_SENDERS } from '../lib/protocol/messages';
import { REQUEST_SCHEMAS } from '../lib/protocol/schemas';
import type { DataProtocolMap } from '../lib/protocol/data-messages';
import { createMessageRouter, routesOf, type Handlers } from '../lib/protocol/transport/router';
import { costlyExamplesPack } from '../tests/fixtures/costly-pack';
import { table } from './measure';

/** A node:worker_threads Worker as the runner sees a browser Worker. */
function nodeWorker(): WorkerLike {
  const worker = new Worker(fileURLToPath(import.meta.url));
  const like: WorkerLike = {
    onmessage: null,
    onerror: null,
    postMessage: (message) => worker.postMessage(message),
    terminate: () => void worker.terminate(),
  };
  worker.on('message', (data: ValidateReply) => like.onmessage?.({ data } as MessageEvent));
  worker.on('error', (e: Error) => like.onerror?.({ message: e.message } as ErrorEvent));
  worker.unref();
  return like;
}

const URL_ = 'https://packs.example.lv/costly.json';
const content = { id: 'x', url: 'https://crm.example.lv/', tab: { id: 1 }, frameId: 0 };
let counter = 0;

async function run(validate: PackValidator, body: string) {
  const db = new LaipniDb(`bench-${++counter}`, { indexedDB: new IDBFactory(), IDBKeyRange });
  await ensureBuiltinPack(db, BUILTIN_PACK, 1);
  await addSubscription(db, URL_, 1);
  const rules = createRuleSetService(db);
  await rules.current();
  // The data handlers are typed against the whole protocol; their requests are the same.
  const handlers = createDataHandlers(db, rules) as unknown as Handlers<DataProtocolMap>;
  const route = createMessageRouter(
    routesOf<DataProtocolMap>(MESSAGE_SENDERS, REQUEST_SCHEMAS, handlers),
    { identity: { extensionId: 'x', baseUrl: 'chrome-extension://x/' } },
  );
  const deps: RefreshDeps = {
    db,
    validate,
    fetch: async () => new Response(body, { status: 200 }),
    now: Date.now,
    pinnedKeys: async () => [],
    refreshMinutes: async () => 60,
  };

  const started = performance.now();
  let done = false;
  const refreshing = refreshSubscription(deps, URL_).finally(() => {
    done = true;
  });
  const answers: number[] = [];
  for (let n = 0; !done; n++) {
    // A request intended at `due`: its answer time counts from then, so a blocked thread shows.
    const due = started + n * 20;
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, due - performance.now())));
    await route(envelope('data:get-rules', {}), content);
    answers.push(performance.now() - due);
  }
  const outcome = await refreshing;
  const total = performance.now() - started;
  rules.stop();
  db.close();
  return { total, answers, outcome };
}

if (!isMainThread) {
  parentPort?.on('message', ({ id, input }: ValidateRequest) => {
    parentPort?.postMessage({ id, result: validatePack(input) } satisfies ValidateReply);
  });
} else {
  const body = JSON.stringify(costlyExamplesPack());
  const rows: (string | number)[][] = [];
  for (const [name, validate] of [
    ['in this thread', validateInThread],
    ['in a worker', createWorkerValidator(nodeWorker)],
  ] as const) {
    const { total, answers, outcome } = await run(validate, body);
    const sorted = [...answers].sort((a, b) => a - b);
    rows.push([
      name,
      `${(total / 1000).toFixed(2)} s`,
      outcome.status,
      String(answers.length),
      `${(sorted[Math.floor(sorted.length / 2)] ?? 0).toFixed(0)} ms`,
      `${(sorted.at(-1) ?? 0).toFixed(0)} ms`,
    ]);
  }
  console.log(
    `subscription download of ${(body.length / 1024 / 1024).toFixed(1)} MB (example-heavy) while a frame asks data:get-rules every 20 ms (target: worst ≤ 200 ms)\n`,
  );
  console.log(
    table(
      ['validation', 'download → outcome', 'outcome', 'requests', 'median answer', 'worst answer'],
      rows,
    ),
  );
  process.exit(0);
}
