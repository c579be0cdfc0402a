import type { Command } from './command';
import { checkCommand } from './commands/check';

/** Every `laipni` command. Adding one is one import and one entry here. */
export const COMMANDS: readonly Command[] = [checkCommand];
