import { restoreRule } from '../../../../lib/data/personal';
import type { PersonalChangeReport } from '../../../../lib/core/packs/layering';
import { useI18n } from '../../../shared/i18n';
import { useDb } from '../../data/db-context';

/**
 * Personal changes to rules that no installed pack has any more. They are kept (a pack may come
 * back in its next version) and listed, with a way to let them go.
 */
export function OrphanNotice(props: { orphaned: readonly PersonalChangeReport[] }) {
  const { t } = useI18n();
  const db = useDb();
  const ids = [...new Set(props.orphaned.map((o) => o.ruleId))];
  if (ids.length === 0) return null;
  return (
    <div class="notice" data-testid="orphaned">
      <p>{t('options.rules.orphaned')}</p>
      <ul>
        {ids.map((id) => (
          <li key={id}>
            <code>{id}</code>{' '}
            <button type="button" onClick={() => void restoreRule(db, id)}>
              {t('options.rules.forget', { id })}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
