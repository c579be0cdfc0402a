import type { Pack, Rule } from '../../../../lib/core/model/pack';
import type { FetchLike } from '../../../../lib/background/distribution/fetch-pack';

export function rule(id: string, phrase: string): Rule {
  return {
    id,
    severity: 'warning',
    match: { kind: 'phrase', phrases: [phrase] },
    reason: { lv: `Nelietojiet «${phrase}».`, en: `Do not use "${phrase}".` },
    replacements: ['produkts'],
  };
}

/** A small team pack as a lead publishes it. */
export function teamPack(version: string, phrases: string[], extra: Partial<Pack> = {}): Pack {
  return {
    format: 'laipni-pack/1',
    id: 'team.sales',
    name: 'Pārdošanas komanda',
    version,
    author: 'Vadītāja',
    language: 'lv',
    rules: phrases.map((p, i) => rule(`team-rule-${i}`, p)),
    changelog: [{ version, notes: { lv: `Versija ${version}`, en: `Version ${version}` } }],
    ...extra,
  };
}

export interface FakeServer {
  fetch: FetchLike;
  /** What the server serves now (text), with an ETag derived from it. */
  body: string;
  status: number;
  /** Throw like a refused connection. */
  down: boolean;
  /** Never answer (until aborted). */
  hang: boolean;
  requests: Array<{ url: string; headers: Record<string, string> }>;
}

/** A static host with ETags and Last-Modified, answering 304 to a matching validator. */
export function fakeServer(initial: string): FakeServer {
  const server: FakeServer = {
    body: initial,
    status: 200,
    down: false,
    hang: false,
    requests: [],
    fetch: async (url, init) => {
      const headers = { ...(init.headers as Record<string, string>) };
      server.requests.push({ url, headers });
      if (server.down) throw new TypeError('Failed to fetch');
      if (server.hang) {
        return new Promise<Response>((_, reject) => {
          init.signal?.addEventListener('abort', () =>
            reject(new DOMException('aborted', 'AbortError')),
          );
        });
      }
      if (server.status !== 200) return new Response('not found', { status: server.status });
      const etag = `"${server.body.length}-${hash(server.body)}"`;
      if (headers['if-none-match'] === etag) return new Response(null, { status: 304 });
      return new Response(server.body, {
        status: 200,
        headers: { etag, 'last-modified': 'Wed, 01 Jan 2025 10:00:00 GMT' },
      });
    },
  };
  return server;
}

function hash(text: string): number {
  let h = 0;
  for (let i = 0; i < text.length; i++) h = (h * 31 + text.charCodeAt(i)) | 0;
  return h >>> 0;
}
