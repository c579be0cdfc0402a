import { ENGINE_VERSION } from '../lib/core/engine/version';
import { EXIT_INTERNAL, EXIT_OK, EXIT_USAGE, UsageError } from './command';
import { COMMANDS } from './commands';
import { nodeIo, type Io } from './io';

function overview(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  const lines = COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`);
  return `Usage: laipni <command> [options]\n\nCommands:\n${lines.join('\n')}\n\nRun "laipni <command> --help" for a command's options.\n`;
}

/** The `laipni` command line. Returns the exit code. */
export async function main(argv: string[], io: Io = nodeIo()): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.out(overview());
    return name === undefined ? EXIT_USAGE : EXIT_OK;
  }
  if (name === '--version') {
    io.out(`laipni engine ${ENGINE_VERSION}\n`);
    return EXIT_OK;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.err(`laipni: unknown command "${name}"\n\n${overview()}`);
    return EXIT_USAGE;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`laipni ${command.name}: ${error.message}\n`);
      return EXIT_USAGE;
    }
    // 1 means "findings": a crash must never look like one. One line, no stack.
    const detail = error instanceof Error ? error.message : String(error);
    io.err(`laipni ${command.name}: internal error: ${detail.split('\n')[0]}\n`);
    return EXIT_INTERNAL;
  }
}
