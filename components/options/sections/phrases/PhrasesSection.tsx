import { useState } from 'preact/hooks';
import type { LibraryPhrase } from '../../../../lib/core/model/pack';
import { deletePersonalPhrase } from '../../../../lib/data/personal';
import { useI18n } from '../../../shared/i18n';
import { useDb } from '../../data/db-context';
import { useLiveQuery } from '../../data/use-live-query';
import { PersonalPhraseForm } from './PersonalPhraseForm';
import { loadPhraseOverview, type PhraseOverview } from './phrase-overview';
import './section.css';

type Editing = { mode: 'closed' } | { mode: 'new' } | { mode: 'edit'; phrase: LibraryPhrase };

/**
 * The agent's own library phrases: list, add, edit, delete. The sidebar's phrase library shows
 * them beside the packs' phrases, and their abbreviations expand in any field.
 */
export function PhrasesSection() {
  const { t } = useI18n();
  const db = useDb();
  const overview = useLiveQuery(() => loadPhraseOverview(db), [db]);
  return (
    <section aria-labelledby="phrases-title" class="section">
      <h2 id="phrases-title">{t('options.phrases.title')}</h2>
      <p>{t('options.phrases.intro')}</p>
      {overview.state === 'loading' ? <p role="status">{t('options.loading')}</p> : null}
      {overview.state === 'error' ? (
        <p role="alert">{t('options.loadFailed', { detail: overview.message })}</p>
      ) : null}
      {overview.state === 'ready' ? <PersonalPhrases overview={overview.value} /> : null}
    </section>
  );
}

function PersonalPhrases(props: { overview: PhraseOverview }) {
  const { t } = useI18n();
  const db = useDb();
  const [editing, setEditing] = useState<Editing>({ mode: 'closed' });
  const { personal, personalAllowed, abbreviations } = props.overview;
  const close = () => setEditing({ mode: 'closed' });

  return (
    <>
      {!personalAllowed ? (
        <p class="warning" data-testid="personal-phrases-disallowed">
          {t('options.phrases.disallowedAll')}
        </p>
      ) : editing.mode === 'closed' ? (
        <button
          type="button"
          class="primary"
          data-testid="add-personal-phrase"
          onClick={() => setEditing({ mode: 'new' })}
        >
          {t('options.phrases.add')}
        </button>
      ) : editing.mode === 'new' ? (
        <PersonalPhraseForm abbreviations={abbreviations} onDone={close} />
      ) : null}
      {personal.length === 0 ? <p class="muted">{t('options.phrases.empty')}</p> : null}
      <ul class="phrase-list">
        {personal.map(({ phrase }) => {
          const labelId = `phrase-${phrase.id}`;
          if (editing.mode === 'edit' && editing.phrase.id === phrase.id)
            return (
              <li key={phrase.id} class="phrase-entry" data-phrase={phrase.id}>
                <PersonalPhraseForm initial={phrase} abbreviations={abbreviations} onDone={close} />
              </li>
            );
          return (
            <li
              key={phrase.id}
              class="phrase-entry"
              data-phrase={phrase.id}
              data-testid="personal-phrase"
            >
              <p id={labelId} class="phrase-entry-text">
                {phrase.text}
              </p>
              <p class="phrase-entry-meta">
                <span class="badge">{t(`options.situation.${phrase.situation}`)}</span>
                {phrase.abbreviation ? (
                  <span class="phrase-entry-abbreviation">
                    {t('options.phrases.abbreviationLabel')}: <kbd>{phrase.abbreviation}</kbd>
                  </span>
                ) : null}
              </p>
              {!personalAllowed ? <p class="warning">{t('options.phrases.disallowed')}</p> : null}
              <div class="actions" role="group" aria-labelledby={labelId}>
                {personalAllowed ? (
                  <button
                    type="button"
                    data-testid="edit-personal-phrase"
                    onClick={() => setEditing({ mode: 'edit', phrase })}
                  >
                    {t('options.action.edit')}
                  </button>
                ) : null}
                <button
                  type="button"
                  data-testid="delete-personal-phrase"
                  onClick={() => void deletePersonalPhrase(db, phrase.id)}
                >
                  {t('options.action.delete')}
                </button>
              </div>
            </li>
          );
        })}
      </ul>
    </>
  );
}
