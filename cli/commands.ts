import type { Command } from './command';
import { buildCommand } from './commands/build';
import { checkCommand } from './commands/check';
import { diffCommand } from './commands/diff';
import { inviteCommand } from './commands/invite';
import { keygenCommand } from './commands/keygen';
import { reportCommand } from './commands/report';
import { signCommand } from './commands/sign';
import { testCommand } from './commands/test';
import { validateCommand } from './commands/validate';

/** Every `laipni` command. Adding one is one import and one entry here. */
export const COMMANDS: readonly Command[] = [
  checkCommand,
  validateCommand,
  testCommand,
  diffCommand,
  buildCommand,
  signCommand,
  keygenCommand,
  inviteCommand,
  reportCommand,
];
