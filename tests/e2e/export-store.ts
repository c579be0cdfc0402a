import { mkdir, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { dirname, join } from 'node:path';

/**
 * The company's file store for the activity export, on loopback: a PUT of `<agent>/<day>.json`
 * under /exports/ saves the file in `folder` (as a bucket policy would allow), anything else is
 * refused. Each upload is kept with the headers a store would see.
 */

export interface Upload {
  path: string;
  contentType: string | undefined;
  cookie: string | undefined;
  authorization: string | undefined;
  body: string;
}

export interface ExportStore {
  url: string;
  uploads: Upload[];
  stop(): Promise<void>;
}

export async function startExportStore(folder: string): Promise<ExportStore> {
  const uploads: Upload[] = [];
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
      const relative = path.replace(/^\/exports\//, '');
      if (request.method !== 'PUT' || !/^[\w.-]+\/\d{4}-\d{2}-\d{2}\.json$/.test(relative)) {
        response.writeHead(405).end();
        return;
      }
      const body = Buffer.concat(chunks).toString('utf8');
      const file = join(folder, relative);
      void mkdir(dirname(file), { recursive: true })
        .then(() => writeFile(file, body))
        .then(() => {
          uploads.push({
            path: relative,
            contentType: request.headers['content-type'],
            cookie: request.headers.cookie,
            authorization: request.headers.authorization,
            body,
          });
          response.writeHead(201).end();
        });
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}/exports`,
    uploads,
    async stop() {
      server.closeAllConnections();
      await new Promise((done) => server.close(done));
    },
  };
}
