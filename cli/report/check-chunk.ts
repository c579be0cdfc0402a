import { closeSync, fstatSync, openSync, readSync, writeSync } from 'node:fs';
import { ACTIVITY_LIMITS } from '../../lib/core/report/activity';
import { TOO_LARGE, checkActivityFile } from './file-check';
import { QuickCheck } from './quick-check';
import { FILES_TABLE, REFUSED_TABLE, ROW_TABLE_LIST, csvText } from './row-tables';

/**
 * Reads and checks one share of the files and writes their rows as CSV, one file per table
 * (`<outPrefix>-<table>.csv`). Runs in a worker thread, or inline for small sets and tests.
 */

export interface ChunkJob {
  files: readonly string[];
  /** The first file's id; the others follow in order. */
  firstFid: number;
  outPrefix: string;
}

export interface ChunkResult {
  files: number;
  refused: number;
}

/** Each table's rows gather in a buffer of this size before they are written out. */
const BUFFER_BYTES = 1 << 20;

class TableFile {
  private readonly fd: number;
  private readonly buffer = Buffer.allocUnsafe(BUFFER_BYTES);
  private used = 0;
  constructor(path: string) {
    this.fd = openSync(path, 'w');
  }
  add(text: string): void {
    // Bytes, not characters: a file name may hold letters beyond ASCII.
    if (this.used + text.length * 3 > BUFFER_BYTES) {
      this.flush();
      if (text.length * 3 > BUFFER_BYTES) {
        writeSync(this.fd, text);
        return;
      }
    }
    this.used += this.buffer.write(text, this.used, 'utf8');
  }
  flush(): void {
    let done = 0;
    while (done < this.used) done += writeSync(this.fd, this.buffer, done, this.used - done);
    this.used = 0;
  }
  close(): void {
    this.flush();
    closeSync(this.fd);
  }
}

export const tablePath = (outPrefix: string, table: string) => `${outPrefix}-${table}.csv`;

/** A refused file's row in `files`: its id and name, nothing else. */
const EMPTY_FIELDS = ','.repeat(FILES_TABLE.columns.length - 2);

let buffer = Buffer.allocUnsafe(64 * 1024);

/** The file's bytes, or null when it is larger than any valid export. */
function readFile(path: string): Buffer | null {
  const fd = openSync(path, 'r');
  try {
    const size = fstatSync(fd).size;
    if (size > ACTIVITY_LIMITS.maxFileBytes) return null;
    if (size > buffer.length) buffer = Buffer.allocUnsafe(size);
    let read = 0;
    while (read < size) {
      const n = readSync(fd, buffer, read, size - read, read);
      if (n === 0) break;
      read += n;
    }
    return buffer.subarray(0, read);
  } finally {
    closeSync(fd);
  }
}

export function checkChunk(job: ChunkJob): ChunkResult {
  const quick = new QuickCheck();
  const out = new Map(
    [...ROW_TABLE_LIST, REFUSED_TABLE].map((t) => [
      t.name,
      new TableFile(tablePath(job.outPrefix, t.name)),
    ]),
  );
  const write = (table: string, text: string) => out.get(table)?.add(text);
  let refused = 0;
  try {
    for (const [i, file] of job.files.entries()) {
      const fid = job.firstFid + i;
      let reason: string;
      try {
        const bytes = readFile(file);
        const verdict =
          bytes === null
            ? { ok: false as const, reason: TOO_LARGE }
            : checkActivityFile(bytes, quick);
        if (verdict.ok) {
          for (const table of ROW_TABLE_LIST)
            write(table.name, table.lines(fid, file, verdict.activity));
          continue;
        }
        reason = verdict.reason;
      } catch (error) {
        reason = `cannot read: ${error instanceof Error ? error.message : String(error)}`;
      }
      refused++;
      write(FILES_TABLE.name, `${fid},${csvText(file)}${EMPTY_FIELDS}\n`);
      write(REFUSED_TABLE.name, REFUSED_TABLE.line(fid, reason));
    }
  } finally {
    for (const table of out.values()) table.close();
  }
  return { files: job.files.length, refused };
}
