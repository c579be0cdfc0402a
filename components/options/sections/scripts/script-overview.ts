import type { Script } from '../../../../lib/core/model/script';
import type { ScriptReport } from '../../../../lib/core/packs/layering-scripts';
import { createCheckerFromPacks } from '../../../../lib/core/engine/core';
import type { WordingChecker } from '../../../../lib/core/scripts/validate';
import type { LaipniDb } from '../../../../lib/data/database';
import { loadRuleOverview } from '../../data/rule-overview';

export interface ScriptEntry {
  script: Script;
  report: ScriptReport | undefined;
}

export interface ScriptOverview {
  /** The effective scripts, as the sidebar offers them, with where each came from. */
  entries: ScriptEntry[];
  /** The agent's own scripts (also the ones a lock keeps out), for editing. */
  personal: Script[];
  blocked: string[];
  personalAllowed: boolean;
  /** The effective rules, which check every text an agent will say. */
  checker: WordingChecker;
}

/** The scripts as the background layers them, and a checker of the effective rules. */
export async function loadScriptOverview(db: LaipniDb): Promise<ScriptOverview> {
  const overview = await loadRuleOverview(db);
  const { pack, report } = overview.effective;
  const reports = new Map(report.scripts.map((r) => [r.scriptId, r]));
  return {
    entries: (pack.scripts ?? []).map((script) => ({ script, report: reports.get(script.id) })),
    personal: overview.personal.scripts ?? [],
    blocked: report.blockedScripts,
    personalAllowed: overview.personalAllowed,
    checker: createCheckerFromPacks([pack], {}),
  };
}
