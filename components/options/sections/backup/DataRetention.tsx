import { useId, useState } from 'preact/hooks';
import { deleteAllPersonalData } from '../../../../lib/data/retention';
import { getSettings, updateSettings } from '../../../../lib/data/settings';
import { useI18n } from '../../../shared/i18n';
import { ManagedNote } from '../../common/ManagedNote';
import { useDb } from '../../data/db-context';
import { loadPolicyView } from '../../data/policy';
import { useLiveQuery } from '../../data/use-live-query';

/** How long call records and statistics are kept, and "delete all". */
export function DataRetention() {
  const { t } = useI18n();
  const db = useDb();
  const id = useId();
  const settings = useLiveQuery(() => getSettings(db), [db]);
  const policy = useLiveQuery(() => loadPolicyView(db), [db]);
  const managedDays =
    policy.state === 'ready' && policy.value.managed.has('retentionDays')
      ? policy.value.policy.retentionDays
      : undefined;
  const [days, setDays] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [deleted, setDeleted] = useState(false);
  const stored = managedDays ?? (settings.state === 'ready' ? settings.value.retentionDays : 90);

  const save = async (event: Event) => {
    event.preventDefault();
    const value = Number(days ?? stored);
    if (Number.isFinite(value)) await updateSettings(db, { retentionDays: value });
    setDays(null);
  };

  return (
    <div class="retention">
      <h3>{t('options.backup.dataTitle')}</h3>
      <p class="hint">{t('options.backup.dataHint')}</p>
      <form class="inline-form" onSubmit={(event) => void save(event)}>
        <label for={id}>{t('options.backup.retention')}</label>
        <input
          id={id}
          type="number"
          min={1}
          max={3650}
          value={days ?? String(stored)}
          disabled={managedDays !== undefined}
          aria-describedby={managedDays !== undefined ? `${id}-managed` : undefined}
          onInput={(event) => setDays(event.currentTarget.value)}
        />
        {managedDays !== undefined ? (
          <ManagedNote id={`${id}-managed`} />
        ) : (
          <button type="submit">{t('options.action.save')}</button>
        )}
      </form>
      {confirming ? (
        <div class="notice" role="group" aria-label={t('options.backup.deleteConfirm')}>
          <p>{t('options.backup.deleteConfirm')}</p>
          <button
            type="button"
            class="danger"
            data-testid="confirm-delete-all"
            onClick={() =>
              void deleteAllPersonalData(db).then(() => {
                setConfirming(false);
                setDeleted(true);
              })
            }
          >
            {t('options.backup.deleteAll')}
          </button>
          <button type="button" onClick={() => setConfirming(false)}>
            {t('options.action.cancel')}
          </button>
        </div>
      ) : (
        <button type="button" class="danger" onClick={() => setConfirming(true)}>
          {t('options.backup.deleteAll')}
        </button>
      )}
      {deleted ? <p role="status">{t('options.backup.deleted')}</p> : null}
    </div>
  );
}
