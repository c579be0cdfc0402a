import type { Command } from './command';
import { checkCommand } from './commands/check';
import { validateCommand } from './commands/validate';

/** Every `laipni` command. Adding one is one import and one entry here. */
export const COMMANDS: readonly Command[] = [checkCommand, validateCommand];
