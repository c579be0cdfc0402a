import type { LaipniDb } from '../../../../lib/data/database';
import { listPacks } from '../../../../lib/data/packs';
import { loadPolicyInput } from '../../../../lib/data/policy-state';
import type { PersonalPhraseRecord } from '../../../../lib/data/records';
import { SITUATIONS } from '../../../../lib/core/model/pack';
import { layersOf } from '../../data/rule-overview';
import type { AbbreviationOwner } from './phrase-draft';

export interface PhraseOverview {
  /** The agent's own phrases, by situation (in the library's order), then by text. */
  personal: PersonalPhraseRecord[];
  /** Every abbreviation in use, by the packs' phrases and the agent's own. */
  abbreviations: ReadonlyMap<string, AbbreviationOwner>;
  /** false when company policy ignores the agent's own rules and phrases. */
  personalAllowed: boolean;
}

export async function loadPhraseOverview(db: LaipniDb): Promise<PhraseOverview> {
  const [records, personal, policy] = await Promise.all([
    listPacks(db),
    db.personalPhrases.toArray(),
    loadPolicyInput(db),
  ]);
  const abbreviations = new Map<string, AbbreviationOwner>();
  const layers = layersOf(records);
  const packPhrases = [...layers.builtin, ...layers.team.map((t) => t.pack)].flatMap(
    (pack) => pack.phrases ?? [],
  );
  for (const phrase of [...packPhrases, ...personal.map((r) => r.phrase)])
    if (phrase.abbreviation)
      abbreviations.set(phrase.abbreviation, { id: phrase.id, text: phrase.text });
  const order = (record: PersonalPhraseRecord) => SITUATIONS.indexOf(record.phrase.situation);
  personal.sort((a, b) => order(a) - order(b) || a.phrase.text.localeCompare(b.phrase.text, 'lv'));
  return {
    personal,
    abbreviations,
    personalAllowed: policy.personalRulesAllowed !== false,
  };
}
