import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { checkSubscriptionUrl } from '../../lib/core/model/distribution';
import { ACTIVITY_LIMITS } from '../../lib/core/report/activity';

/**
 * Activity files behind a URL: the URL answers either a JSON array of file URLs (relative ones
 * are resolved against it) or a web server's directory index, whose links to `.json` files are
 * taken and whose links to sub-folders are followed (an index per agent, say). Files are fetched
 * into a folder of ours, a few at a time, each bounded in size and time. HTTPS only, as for packs
 * (plain HTTP on this computer only).
 */

export interface ListingLimits {
  maxFiles: number;
  maxListings: number;
  /** Sub-folder levels followed below the given index. */
  maxDepth: number;
  maxListingBytes: number;
  maxFileBytes: number;
  timeoutMs: number;
  concurrency: number;
}

export const LISTING_LIMITS: ListingLimits = {
  maxFiles: 250_000,
  maxListings: 10_000,
  maxDepth: 3,
  maxListingBytes: 16 * 1024 * 1024,
  maxFileBytes: ACTIVITY_LIMITS.maxFileBytes,
  timeoutMs: 20_000,
  concurrency: 8,
};

export interface Downloaded {
  /** Local file → the URL it came from. */
  files: Map<string, string>;
  failed: number;
}

export interface ListingOptions {
  /** One line per file or listing that could not be fetched. */
  warn(line: string): void;
  limits?: Partial<ListingLimits>;
}

/** A listing or file that could not be fetched; its message is one line. */
export class FetchError extends Error {}

function allowed(url: string): boolean {
  return checkSubscriptionUrl(url).ok;
}

/** GET with a deadline over connect and read, a size cap checked while reading, no credentials. */
async function fetchBytes(url: string, maxBytes: number, timeoutMs: number): Promise<Uint8Array> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const response = await fetch(url, {
      signal: controller.signal,
      credentials: 'omit',
      headers: { accept: 'application/json, text/html;q=0.9, */*;q=0.5' },
    });
    if (!allowed(response.url || url)) throw new FetchError('redirected to a non-HTTPS address');
    if (!response.ok) throw new FetchError(`HTTP ${response.status}`);
    const declared = Number(response.headers.get('content-length') ?? 0);
    if (declared > maxBytes) throw new FetchError(`larger than ${maxBytes} bytes`);
    const chunks: Uint8Array[] = [];
    let total = 0;
    const reader = response.body?.getReader();
    for (;;) {
      const next = reader ? await reader.read() : { done: true as const, value: undefined };
      if (next.done) break;
      total += next.value.length;
      if (total > maxBytes) {
        controller.abort();
        throw new FetchError(`larger than ${maxBytes} bytes`);
      }
      chunks.push(next.value);
    }
    const out = new Uint8Array(total);
    let at = 0;
    for (const c of chunks) {
      out.set(c, at);
      at += c.length;
    }
    return out;
  } catch (error) {
    if (error instanceof FetchError) throw error;
    if (controller.signal.aborted) throw new FetchError(`no answer within ${timeoutMs / 1000} s`);
    const cause =
      error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : '';
    throw new FetchError(`${error instanceof Error ? error.message : String(error)}${cause}`);
  } finally {
    clearTimeout(timer);
  }
}

interface Links {
  files: string[];
  folders: string[];
}

/** The links a listing holds: a JSON array of URLs, or an HTML index's hrefs below it. */
export function linksOf(text: string, base: string): Links {
  const trimmed = text.trimStart();
  if (trimmed.startsWith('[')) {
    let list: unknown;
    try {
      list = JSON.parse(trimmed);
    } catch {
      throw new FetchError('the listing is not a JSON array of URLs');
    }
    if (!Array.isArray(list) || !list.every((x) => typeof x === 'string'))
      throw new FetchError('the listing is not a JSON array of URLs');
    return { files: list.map((x) => new URL(x, base).href), folders: [] };
  }
  const dir = new URL('.', base);
  const files: string[] = [];
  const folders: string[] = [];
  for (const m of text.matchAll(/href\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+))/gi)) {
    const href = (m[1] ?? m[2] ?? m[3] ?? '').replace(/&amp;/g, '&');
    let url: URL;
    try {
      url = new URL(href, base);
    } catch {
      continue;
    }
    url.hash = '';
    // Only what lies below the index: not its parent, not other sites, not sort links.
    if (url.origin !== dir.origin || !url.pathname.startsWith(dir.pathname) || url.search) continue;
    if (url.pathname.endsWith('.json')) files.push(url.href);
    else if (url.pathname.endsWith('/') && url.pathname !== dir.pathname) folders.push(url.href);
  }
  return { files, folders };
}

async function crawl(start: string, limits: ListingLimits, options: ListingOptions) {
  const files = new Set<string>();
  const seen = new Set<string>([start]);
  let level = [start];
  for (let depth = 0; level.length > 0 && depth <= limits.maxDepth; depth++) {
    const next: string[] = [];
    for (const url of level) {
      let links: Links;
      try {
        const bytes = await fetchBytes(url, limits.maxListingBytes, limits.timeoutMs);
        links = linksOf(new TextDecoder().decode(bytes), url);
      } catch (error) {
        if (url === start) throw error;
        options.warn(
          `skipped listing ${url}: ${error instanceof Error ? error.message : String(error)}`,
        );
        continue;
      }
      for (const f of links.files) if (files.size < limits.maxFiles) files.add(f);
      for (const folder of links.folders) {
        if (seen.size >= limits.maxListings || seen.has(folder)) continue;
        seen.add(folder);
        next.push(folder);
      }
    }
    level = next;
  }
  if (files.size >= limits.maxFiles)
    options.warn(
      `the listing names more than ${limits.maxFiles} files; the first ${limits.maxFiles} are used`,
    );
  return [...files];
}

/** Fetches every activity file a listing names into `dir`. Throws when the listing itself fails. */
export async function downloadListing(
  listing: string,
  dir: string,
  options: ListingOptions,
): Promise<Downloaded> {
  const limits = { ...LISTING_LIMITS, ...options.limits };
  if (!allowed(listing))
    throw new FetchError(`${listing}: a listing must be https:// (http:// only for localhost)`);
  let urls: string[];
  try {
    urls = await crawl(listing, limits, options);
  } catch (error) {
    throw new FetchError(
      `cannot read the listing ${listing}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  const files = new Map<string, string>();
  let failed = 0;
  let next = 0;
  const worker = async () => {
    while (next < urls.length) {
      const index = next++;
      const url = urls[index] as string;
      try {
        if (!allowed(url)) throw new FetchError('not https://');
        const bytes = await fetchBytes(url, limits.maxFileBytes, limits.timeoutMs);
        const file = join(dir, `${String(index).padStart(6, '0')}.json`);
        await writeFile(file, bytes);
        files.set(file, url);
      } catch (error) {
        failed++;
        options.warn(`skipped ${url}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, limits.concurrency) }, worker));
  return { files, failed };
}
