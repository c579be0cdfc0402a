import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';

/** A static pack host on loopback with ETags (304 to a matching If-None-Match), as a lead runs. */
export interface PackServer {
  url: string;
  port: number;
  body: string;
  requests: Array<{ ifNoneMatch?: string; status: number }>;
  stop(): Promise<void>;
  start(): Promise<void>;
}

export async function startPackServer(initial: string): Promise<PackServer> {
  let server: Server | null = null;
  const state: PackServer = {
    url: '',
    port: 0,
    body: initial,
    requests: [],
    async stop() {
      const running = server;
      if (!running) return;
      server = null;
      running.closeAllConnections();
      await new Promise((done) => running.close(done));
    },
    async start() {
      server = createServer((request, response) => {
        const etag = `"${createHash('sha256').update(state.body).digest('hex').slice(0, 16)}"`;
        const ifNoneMatch = request.headers['if-none-match'];
        const status = ifNoneMatch === etag ? 304 : 200;
        state.requests.push({ ...(ifNoneMatch ? { ifNoneMatch } : {}), status });
        response.writeHead(status, { etag, 'content-type': 'application/json' });
        response.end(status === 304 ? undefined : state.body);
      });
      await new Promise<void>((done) => server?.listen(state.port, '127.0.0.1', done));
      const address = server.address();
      state.port = typeof address === 'object' && address ? address.port : 0;
      state.url = `http://127.0.0.1:${state.port}/team.json`;
    },
  };
  await state.start();
  return state;
}
