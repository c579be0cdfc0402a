import type { Io } from './io';

/** Exit codes: 0 nothing found, 1 findings (or problems), 2 usage or input error, or a crash. */
export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;
/** An internal error: the same code as a usage error, never 1 ("findings"). */
export const EXIT_INTERNAL = 2;

/** One `laipni <name>` command, in its own file under cli/commands/. */
export interface Command {
  name: string;
  /** One line for `laipni --help`. */
  summary: string;
  /** Full usage text for `laipni <name> --help`. */
  usage: string;
  run(argv: string[], io: Io): Promise<number>;
}

/** A usage or input problem: reported as `laipni: <message>` with exit code 2. */
export class UsageError extends Error {}
