import { useState } from 'preact/hooks';
import { callLogEntry, filterCallsByName } from '../../../../lib/core/calls/call-log';
import type { Checklists } from '../../../../lib/core/model/pack';
import { Confirm } from '../../../shared/Confirm';
import { useI18n } from '../../../shared/i18n';
import { useAnnounce } from '../../data/announce';
import { useEnv } from '../../data/env';
import { useQuery } from '../../data/use-query';
import { useNow } from '../../data/use-now';
import { CallLogEntry } from './CallLogEntry';
import './panel.css';

const PAGE = 50;

/** Past calls, newest first, filtered by customer name or by one contact; delete one or all. */
export function CallLog(props: { checklists: Checklists | undefined }) {
  const { t } = useI18n();
  const { store } = useEnv();
  const announce = useAnnounce();
  const now = useNow(true);
  const [query, setQuery] = useState('');
  const [contactKey, setContactKey] = useState<string | null>(null);
  const [limit, setLimit] = useState(PAGE);
  const [confirming, setConfirming] = useState(false);
  const loaded = useQuery(
    { name: 'call-log', params: { limit, ...(contactKey ? { contactKey } : {}) } },
    [limit, contactKey],
  );

  if (loaded === undefined) return <p>{t('sidebar.loading')}</p>;
  const { calls, total } = loaded;
  const shown = filterCallsByName(calls, query);

  const remove = async (id: string) => {
    await store.run({ name: 'delete-call', params: { callId: id } });
    announce(t('sidebar.log.deleted'));
  };
  const removeAll = async () => {
    await store.run({ name: 'delete-all-calls', params: {} });
    setConfirming(false);
    setContactKey(null);
    announce(t('sidebar.log.deletedAll'));
  };

  return (
    <div class="call-log" data-laipni="call-log">
      <label class="field-label" for="sb-log-filter">
        {t('sidebar.log.filter')}
      </label>
      <input
        id="sb-log-filter"
        type="search"
        class="search-input"
        data-laipni="log-filter"
        value={query}
        onInput={(event) => setQuery(event.currentTarget.value)}
      />
      {contactKey && (
        <button type="button" class="link" onClick={() => setContactKey(null)}>
          {t('sidebar.log.allContacts')}
        </button>
      )}
      {calls.length === 0 ? (
        <p class="hint">{t('sidebar.log.empty')}</p>
      ) : shown.length === 0 ? (
        <p class="hint">{t('sidebar.log.noMatch')}</p>
      ) : (
        <ul class="log-entries">
          {shown.map((call) => (
            <CallLogEntry
              key={call.id}
              entry={callLogEntry(call, props.checklists ?? {}, now)}
              filtering={contactKey !== null}
              onContact={setContactKey}
              onDelete={() => void remove(call.id)}
            />
          ))}
        </ul>
      )}
      {calls.length >= limit && (
        <button type="button" onClick={() => setLimit(limit + PAGE)}>
          {t('sidebar.log.more')}
        </button>
      )}
      {total > 0 &&
        (confirming ? (
          <Confirm
            hook="log-confirm-delete-all"
            question={t('sidebar.log.confirmDeleteAll', { n: total })}
            confirmLabel={t('sidebar.log.confirm')}
            onConfirm={() => void removeAll()}
            onCancel={() => setConfirming(false)}
          />
        ) : (
          <button
            type="button"
            class="danger"
            data-laipni="log-delete-all"
            onClick={() => setConfirming(true)}
          >
            {t('sidebar.log.deleteAll')}
          </button>
        ))}
      <p class="hint">{t('sidebar.log.privacy')}</p>
    </div>
  );
}
