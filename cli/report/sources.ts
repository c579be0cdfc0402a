import { readdirSync } from 'node:fs';
import { mkdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { UsageError } from '../command';
import { downloadListing } from './listing';

/**
 * What `laipni report` reads: files, folders (every `.json` below them), glob patterns that
 * DuckDB expands (quoted, so the shell leaves them alone), and URLs of listings, fetched into a
 * folder of ours first. Folders are walked here: three times faster than DuckDB's `**` glob,
 * which took 1.2 s for 180,000 files.
 */

export interface ActivitySources {
  /** Files named or found in folders. */
  files: string[];
  /** Glob patterns, expanded by the loader. */
  patterns: string[];
}

export interface Sources extends ActivitySources {
  /** How to name a file in a warning: its URL when it was downloaded. */
  display(file: string): string;
  /** Files a listing named that could not be fetched. */
  failedDownloads: number;
}

const GLOB = /[*?[]/;

/** Every `.json` file below `dir` (20 folders deep at most). */
function jsonFilesBelow(dir: string, out: string[] = [], depth = 0): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isFile() && entry.name.endsWith('.json')) out.push(join(dir, entry.name));
    else if (entry.isDirectory() && depth < 20)
      jsonFilesBelow(join(dir, entry.name), out, depth + 1);
  }
  return out;
}

export async function resolveSources(
  inputs: readonly string[],
  tempDir: string,
  warn: (line: string) => void,
): Promise<Sources> {
  const files: string[] = [];
  const patterns: string[] = [];
  const downloaded = new Map<string, string>();
  let failedDownloads = 0;
  for (const [i, input] of inputs.entries()) {
    if (/^https?:\/\//i.test(input)) {
      const dir = join(tempDir, `listing-${i}`);
      await mkdir(dir, { recursive: true });
      const got = await downloadListing(input, dir, { warn });
      failedDownloads += got.failed;
      for (const [file, url] of got.files) {
        downloaded.set(file, url);
        files.push(file);
      }
      if (got.files.size === 0) warn(`no activity files could be fetched from ${input}`);
      continue;
    }
    const info = await stat(input).catch(() => null);
    if (info?.isDirectory()) {
      const before = files.length;
      jsonFilesBelow(input, files);
      if (files.length === before) warn(`no .json files in ${input}`);
    } else if (info?.isFile()) files.push(input);
    else if (GLOB.test(input)) patterns.push(input);
    else throw new UsageError(`cannot read ${input}: no such file or folder`);
  }
  return {
    files,
    patterns,
    display: (file) => downloaded.get(file) ?? file,
    failedDownloads,
  };
}
