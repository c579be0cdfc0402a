import type { Io, WriteOptions } from '../../../cli/io';

/** An in-memory file system, so the commands' reads and writes are visible to the test. */
export function memoryIo(files: Record<string, string>) {
  const out: string[] = [];
  const err: string[] = [];
  const modes: Record<string, number | undefined> = {};
  const io: Io = {
    out: (t) => void out.push(t),
    err: (t) => void err.push(t),
    readFile: async (path) => {
      const content = files[path];
      if (content === undefined) throw new Error(`ENOENT: no such file, open '${path}'`);
      return content;
    },
    readStdin: async () => null,
    writeFile: async (path, text, options: WriteOptions = {}) => {
      if (options.exclusive && files[path] !== undefined)
        throw new Error(`EEXIST: file already exists, open '${path}'`);
      files[path] = text;
      modes[path] = options.mode;
    },
  };
  return { io, files, modes, out: () => out.join(''), err: () => err.join('') };
}
