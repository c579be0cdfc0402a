import { templateVariables } from '../../core/calls/variables';
import { describeFinding } from '../../core/engine/suggest';
import { fillTemplate } from '../../core/engine/template';
import { clockOf } from '../../core/model/clock';
import type { Rule } from '../../core/model/pack';
import type { Language } from '../../core/model/text';
import type { FindingView, PageFinding, TabState } from '../../protocol/page-messages';
import type { RuleSetService } from '../rule-set';
import { libraryAbbreviations } from './abbreviations';
import type { AgentContextCache } from './agent-context';
import type { TabStates } from './tab-states';

/**
 * Fills what a tab's card and sidebar show with the agent's and the customer's values, here in
 * the background: CRM frames report findings as spans and rule ids only, so those values never
 * enter a page.
 */
export interface TabFilling {
  /** The findings as the tab's card and sidebar show them. */
  findings(tabId: number, findings: readonly PageFinding[]): Promise<FindingView[]>;
  /** The agent's UI language. */
  language(): Promise<Language>;
  /** The tab's state with its findings filled. */
  state(tabId: number): Promise<TabState>;
  /** The first suggestion of a finding, filled (Alt+Enter). */
  firstSuggestion(tabId: number, finding: PageFinding): Promise<string | null>;
  /** A library phrase by its abbreviation, filled (an abbreviation typed in the field). */
  abbreviation(tabId: number, abbreviation: string): Promise<string | null>;
}

export function createTabFilling(
  agent: AgentContextCache,
  rules: RuleSetService,
  tabs: TabStates,
): TabFilling {
  async function context(tabId: number) {
    const [{ settings, call }, ruleSet] = await Promise.all([agent.current(), rules.current()]);
    const variables = templateVariables({
      agentName: settings.agentName,
      agentSurname: settings.agentSurname,
      company: settings.company,
      page: tabs.get(tabId)?.values ?? {},
      callCustomerName: call?.customerName,
      time: clockOf(),
    });
    const byId = new Map<string, Rule>(ruleSet.pack.rules.map((rule) => [rule.id, rule]));
    return { variables, byId, language: settings.uiLanguage, pack: ruleSet.pack };
  }

  async function findings(tabId: number, list: readonly PageFinding[]): Promise<FindingView[]> {
    if (list.length === 0) return [];
    const { variables, byId, language } = await context(tabId);
    return list.flatMap((finding) => {
      const rule = byId.get(finding.ruleId);
      if (!rule) return [];
      const { message, suggestions, advice } = describeFinding(rule, finding, variables, language);
      return [{ ...finding, message, suggestions, advice }];
    });
  }

  return {
    findings,
    language: async () => (await agent.current()).settings.uiLanguage,
    async state(tabId) {
      const view = tabs.view(tabId);
      return { ...view, findings: await findings(tabId, view.findings) };
    },
    async firstSuggestion(tabId, finding) {
      const [view] = await findings(tabId, [finding]);
      return view?.suggestions[0] ?? null;
    },
    async abbreviation(tabId, abbreviation) {
      const { variables, pack } = await context(tabId);
      const text = libraryAbbreviations(pack).get(abbreviation);
      return text === undefined ? null : fillTemplate(text, variables).text;
    },
  };
}
