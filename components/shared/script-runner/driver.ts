import type { ScriptProgress, Script } from '../../../lib/core/model/script';
import type { RelayResult } from '../../../lib/protocol/page-messages';
import type { ScriptCommandResult, SidebarScriptMove } from '../../../lib/protocol/sidebar-store';

/**
 * What the script runner works with: a script, where the call is in it, and how a move and an
 * insert are carried out. The sidebar's driver sends them to the background (use-store-driver);
 * the options page's preview applies them to its own progress, so both run the same runner.
 */
export interface ScriptDriver {
  script: Script;
  progress: ScriptProgress;
  /** The call has ended: the note can still be read, copied and closed. */
  ended: boolean;
  move(move: SidebarScriptMove): Promise<ScriptCommandResult>;
  /** Puts text into the CRM: at the caret, or (`note`) into the notes field. */
  insert(text: string, target?: 'note'): Promise<RelayResult>;
  /** A preview: inserting says it does nothing here. */
  preview?: boolean;
}
