// A minimal DevTools-protocol client over the browser's WebSocket endpoint (Node 22's global
// WebSocket). Playwright gives CDP sessions for pages only; the benchmark also needs the
// extension's service worker, which this client reaches with `Target.attachToTarget`.

/** @param {string} wsUrl */
export async function connectCdp(wsUrl) {
  if (typeof WebSocket === 'undefined')
    throw new Error(
      'The page benchmark needs Node 22 (global WebSocket): run `npm run bench:page`.',
    );
  const socket = new WebSocket(wsUrl);
  await new Promise((resolve, reject) => {
    socket.addEventListener('open', resolve, { once: true });
    socket.addEventListener('error', () => reject(new Error(`cannot connect to ${wsUrl}`)), {
      once: true,
    });
  });
  let nextId = 1;
  /** @type {Map<number, { resolve: (v: unknown) => void, reject: (e: Error) => void }>} */
  const pending = new Map();
  socket.addEventListener('message', (event) => {
    const message = JSON.parse(String(event.data));
    const waiter = message.id !== undefined ? pending.get(message.id) : undefined;
    if (!waiter) return;
    pending.delete(message.id);
    if (message.error) waiter.reject(new Error(`${message.error.message} (${message.error.code})`));
    else waiter.resolve(message.result);
  });

  /**
   * @param {string} method
   * @param {object} [params]
   * @param {string} [sessionId]
   * @returns {Promise<any>}
   */
  function send(method, params = {}, sessionId) {
    const id = nextId++;
    socket.send(JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) }));
    return new Promise((resolve, reject) => pending.set(id, { resolve, reject }));
  }

  return {
    send,
    /** Attaches to the first target matching `predicate`; returns its flat session id. */
    async attach(predicate) {
      const { targetInfos } = await send('Target.getTargets');
      const target = targetInfos.find(predicate);
      if (!target) return null;
      const { sessionId } = await send('Target.attachToTarget', {
        targetId: target.targetId,
        flatten: true,
      });
      return sessionId;
    },
    close() {
      socket.close();
    },
  };
}

/**
 * JS heap of the extension's service worker after a forced garbage collection (bytes), or null
 * when the worker is not running.
 * @param {string} browserWsUrl
 */
export async function serviceWorkerHeap(browserWsUrl) {
  const cdp = await connectCdp(browserWsUrl);
  try {
    const session = await cdp.attach(
      (t) => t.type === 'service_worker' && t.url.startsWith('chrome-extension://'),
    );
    if (!session) return null;
    await cdp.send('HeapProfiler.enable', {}, session);
    await cdp.send('HeapProfiler.collectGarbage', {}, session);
    await cdp.send('HeapProfiler.collectGarbage', {}, session);
    const usage = await cdp.send('Runtime.getHeapUsage', {}, session);
    await cdp.send('Target.detachFromTarget', { sessionId: session });
    return usage.usedSize;
  } finally {
    cdp.close();
  }
}
