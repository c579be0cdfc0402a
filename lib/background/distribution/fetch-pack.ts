import { checkSubscriptionUrl } from '../../core/model/distribution';
import { PACK_LIMITS } from '../../core/packs/limits';
import { text, type Bilingual } from './problem-texts';

/**
 * One conditional download of a pack: `If-None-Match` / `If-Modified-Since` from the last good
 * download, a timeout that covers connecting and reading, and a size cap checked while reading,
 * so a hostile or broken host can neither hang the refresh nor fill memory.
 */

export type FetchLike = (url: string, init: RequestInit) => Promise<Response>;

export interface Validators {
  etag?: string;
  lastModified?: string;
}

export type FetchOutcome =
  | { kind: 'not-modified' }
  | { kind: 'ok'; body: string; etag?: string; lastModified?: string }
  | { kind: 'error'; message: Bilingual };

export const DEFAULT_TIMEOUT_MS = 20_000;

class TooLarge extends Error {}

async function readCapped(response: Response, maxBytes: number): Promise<string> {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) throw new TooLarge();
  if (!response.body) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      throw new TooLarge();
    }
    chunks.push(value);
  }
  const all = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    all.set(chunk, at);
    at += chunk.byteLength;
  }
  return new TextDecoder().decode(all);
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

export async function fetchPack(
  fetchImpl: FetchLike,
  url: string,
  validators: Validators,
  timeoutMs = DEFAULT_TIMEOUT_MS,
  maxBytes = PACK_LIMITS.maxDocumentBytes,
): Promise<FetchOutcome> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const headers: Record<string, string> = { accept: 'application/json' };
  if (validators.etag) headers['if-none-match'] = validators.etag;
  if (validators.lastModified) headers['if-modified-since'] = validators.lastModified;
  try {
    // `no-store`: the browser's HTTP cache must not answer for the server; our own validators
    // make the request conditional, and a 304 must reach this code to cost nothing.
    const response = await fetchImpl(url, {
      headers,
      cache: 'no-store',
      credentials: 'omit',
      redirect: 'follow',
      signal: controller.signal,
    });
    // A redirect may not lead from HTTPS to plain HTTP on another machine.
    if (response.url && !checkSubscriptionUrl(response.url).ok)
      return { kind: 'error', message: text.insecure() };
    if (response.status === 304) return { kind: 'not-modified' };
    if (response.status === 404) return { kind: 'error', message: text.notFound() };
    if (!response.ok) return { kind: 'error', message: text.status(response.status) };
    const body = await readCapped(response, maxBytes);
    const etag = response.headers.get('etag') ?? undefined;
    const lastModified = response.headers.get('last-modified') ?? undefined;
    return {
      kind: 'ok',
      body,
      ...(etag ? { etag } : {}),
      ...(lastModified ? { lastModified } : {}),
    };
  } catch (error) {
    if (timedOut) return { kind: 'error', message: text.timeout(Math.round(timeoutMs / 1000)) };
    if (error instanceof TooLarge)
      return { kind: 'error', message: text.tooLarge(Math.round(maxBytes / 1024 / 1024)) };
    const detail = error instanceof Error ? error.message : String(error);
    return { kind: 'error', message: text.network(hostOf(url), detail) };
  } finally {
    clearTimeout(timer);
  }
}
