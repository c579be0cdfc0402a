import { useId, useState } from 'preact/hooks';
import { PERSONAL_LAYER_ID } from '../../../../lib/core/packs/layering';
import { useI18n } from '../../../shared/i18n';
import { useDb } from '../../data/db-context';
import { loadRuleOverview } from '../../data/rule-overview';
import { useLiveQuery } from '../../data/use-live-query';
import { PersonalRulesGroup } from './personal/PersonalRulesGroup';
import { OrphanNotice } from './OrphanNotice';
import { RuleGroupView } from './RuleGroupView';
import './section.css';

/**
 * Every rule of every layer, grouped by pack, highest layer first: the agent's own rules, team
 * packs, the built-in handbook pack. Changes apply everywhere as soon as they are stored.
 */
export function RulesSection() {
  const { t } = useI18n();
  const db = useDb();
  const searchId = useId();
  const [query, setQuery] = useState('');
  const overview = useLiveQuery(() => loadRuleOverview(db), [db]);

  if (overview.state === 'loading') return <p role="status">{t('options.loading')}</p>;
  if (overview.state === 'error')
    return <p role="alert">{t('options.loadFailed', { detail: overview.message })}</p>;
  const value = overview.value;
  const packNames = new Map(value.groups.map((g) => [g.packId, g.name]));
  const packGroups = value.groups.filter((g) => g.packId !== PERSONAL_LAYER_ID).reverse();

  return (
    <section aria-labelledby="rules-title" class="section">
      <h2 id="rules-title">{t('options.rules.title')}</h2>
      <p>{t('options.rules.intro')}</p>
      <div class="field search">
        <label for={searchId}>{t('options.rules.search')}</label>
        <input
          id={searchId}
          type="search"
          value={query}
          data-testid="rule-search"
          onInput={(event) => setQuery(event.currentTarget.value)}
        />
      </div>
      <OrphanNotice orphaned={value.orphaned} />
      <PersonalRulesGroup overview={value} query={query} packNames={packNames} />
      {packGroups.map((group) => (
        <RuleGroupView key={group.packId} group={group} query={query} packNames={packNames} />
      ))}
    </section>
  );
}
