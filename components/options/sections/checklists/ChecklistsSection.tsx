import { useI18n } from '../../../shared/i18n';
import { loadChecklistOverview } from '../../data/checklist-overview';
import { useDb } from '../../data/db-context';
import { useLiveQuery } from '../../data/use-live-query';
import { ChecklistKindEditor } from './ChecklistKindEditor';
import './section.css';

/** The call checklists of the sidebar: the packs' items and the agent's own. */
export function ChecklistsSection() {
  const { t } = useI18n();
  const db = useDb();
  const overview = useLiveQuery(() => loadChecklistOverview(db), [db]);
  return (
    <section aria-labelledby="checklists-title" class="section">
      <h2 id="checklists-title">{t('options.checklists.title')}</h2>
      <p>{t('options.checklists.intro')}</p>
      {overview.state === 'loading' ? <p role="status">{t('options.loading')}</p> : null}
      {overview.state === 'error' ? (
        <p role="alert">{t('options.loadFailed', { detail: overview.message })}</p>
      ) : null}
      {overview.state === 'ready'
        ? overview.value.map((kind) => <ChecklistKindEditor key={kind.kind} overview={kind} />)
        : null}
    </section>
  );
}
