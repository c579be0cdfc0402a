import { readFile, writeFile } from 'node:fs/promises';

/** What a command may touch outside itself; tests pass their own. */
export interface Io {
  out(text: string): void;
  err(text: string): void;
  readFile(path: string): Promise<string>;
  /** Standard input, or null when it is an interactive terminal (nothing piped). */
  readStdin(): Promise<string | null>;
  /**
   * Writes a file (commands that write: keygen, sign). `exclusive` refuses to replace an
   * existing file; `mode` sets its permissions (a private key is 0600).
   */
  writeFile?(path: string, text: string, options?: WriteOptions): Promise<void>;
  /** Standard output is a terminal that shows ANSI colours (not a pipe or file, no NO_COLOR). */
  colour?: boolean;
}

export interface WriteOptions {
  exclusive?: boolean;
  mode?: number;
}

async function readAll(stream: NodeJS.ReadStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream)
    chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

export function nodeIo(): Io {
  return {
    colour: process.stdout.isTTY === true && !process.env.NO_COLOR,
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
    readFile: (path) => readFile(path, 'utf8'),
    readStdin: () => (process.stdin.isTTY ? Promise.resolve(null) : readAll(process.stdin)),
    writeFile: (path, text, options = {}) =>
      writeFile(path, text, {
        encoding: 'utf8',
        flag: options.exclusive ? 'wx' : 'w',
        ...(options.mode !== undefined ? { mode: options.mode } : {}),
      }),
  };
}
