import { mkdir, opendir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { UsageError } from '../command';
import { downloadListing } from './listing';

/**
 * What `laipni report` reads: files, folders (every `.json` below them), glob patterns that
 * DuckDB expands itself (quoted, so the shell leaves them alone), and URLs of listings, fetched
 * into a folder of ours first. The result is the list of patterns DuckDB reads.
 */

export interface Sources {
  patterns: string[];
  /** How to name a file in a warning: its URL when it was downloaded. */
  display(file: string): string;
  /** Files a listing named that could not be fetched. */
  failedDownloads: number;
}

const GLOB = /[*?[]/;

/** Stops at the first `.json` file below `dir`, so an empty folder is caught cheaply. */
async function hasJsonFile(dir: string, depth = 0): Promise<boolean> {
  if (depth > 20) return false;
  const entries = await opendir(dir);
  const subdirs: string[] = [];
  for await (const entry of entries) {
    if (entry.isFile() && entry.name.endsWith('.json')) return true;
    if (entry.isDirectory()) subdirs.push(join(dir, entry.name));
  }
  for (const sub of subdirs) if (await hasJsonFile(sub, depth + 1)) return true;
  return false;
}

export async function resolveSources(
  inputs: readonly string[],
  tempDir: string,
  warn: (line: string) => void,
): Promise<Sources> {
  const patterns: string[] = [];
  const downloaded = new Map<string, string>();
  let failedDownloads = 0;
  for (const [i, input] of inputs.entries()) {
    if (/^https?:\/\//i.test(input)) {
      const dir = join(tempDir, `listing-${i}`);
      await mkdir(dir, { recursive: true });
      const got = await downloadListing(input, dir, { warn });
      failedDownloads += got.failed;
      for (const [file, url] of got.files) downloaded.set(file, url);
      if (got.files.size > 0) patterns.push(join(dir, '*.json'));
      else warn(`no activity files could be fetched from ${input}`);
      continue;
    }
    const info = await stat(input).catch(() => null);
    if (info?.isDirectory()) {
      if (await hasJsonFile(input)) patterns.push(join(input, '**', '*.json'));
      else warn(`no .json files in ${input}`);
    } else if (info?.isFile()) patterns.push(input);
    else if (GLOB.test(input)) patterns.push(input);
    else throw new UsageError(`cannot read ${input}: no such file or folder`);
  }
  return {
    patterns,
    display: (file) => downloaded.get(file) ?? file,
    failedDownloads,
  };
}
