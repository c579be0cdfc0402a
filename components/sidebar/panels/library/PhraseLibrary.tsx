import { useState } from 'preact/hooks';
import { libraryGroups } from '../../../../lib/core/calls/library';
import type { LibraryPhrase } from '../../../../lib/core/model/pack';
import { useI18n } from '../../../shared/i18n';
import { useAnnounce } from '../../data/announce';
import { useEnv } from '../../data/env';
import { SITUATION_KEYS } from './situations';
import './panel.css';

/**
 * The phrase library of the active packs and the agent's own, grouped by situation, variables
 * filled. A click inserts the phrase at the caret of the page's last focused field.
 */
export function PhraseLibrary(props: {
  phrases: readonly LibraryPhrase[];
  variables: Readonly<Record<string, string>>;
}) {
  const { t } = useI18n();
  const { store } = useEnv();
  const announce = useAnnounce();
  const [query, setQuery] = useState('');
  const groups = libraryGroups(props.phrases, props.variables, query);

  const insert = async (text: string) => {
    const result = await store
      .run({ name: 'insert', params: { text } })
      .catch(() => ({ ok: false as const, reason: 'no-answer' }));
    announce(t(result.ok ? 'sidebar.library.inserted' : 'sidebar.library.failed'));
  };

  return (
    <div class="library" data-laipni="library">
      <label class="field-label" for="sb-library-search">
        {t('sidebar.library.search')}
      </label>
      <input
        id="sb-library-search"
        type="search"
        class="search-input"
        data-laipni="library-search"
        value={query}
        onInput={(event) => setQuery(event.currentTarget.value)}
      />
      {props.phrases.length === 0 ? (
        <p class="hint">{t('sidebar.library.none')}</p>
      ) : groups.length === 0 ? (
        <p class="hint">{t('sidebar.library.empty')}</p>
      ) : (
        groups.map((group) => (
          <section
            key={group.situation}
            class="phrase-group"
            data-laipni="phrase-group"
            data-situation={group.situation}
            aria-labelledby={`sb-situation-${group.situation}`}
          >
            <h3 id={`sb-situation-${group.situation}`}>{t(SITUATION_KEYS[group.situation])}</h3>
            <ul class="phrases">
              {group.phrases.map((phrase) => (
                <li key={phrase.id}>
                  <button
                    type="button"
                    class="phrase"
                    data-laipni="phrase"
                    data-phrase={phrase.id}
                    onClick={() => void insert(phrase.text)}
                  >
                    <span class="phrase-text">{phrase.text}</span>
                    {phrase.abbreviation && (
                      <kbd
                        class="abbreviation"
                        title={t('sidebar.library.abbreviation', {
                          abbreviation: phrase.abbreviation,
                        })}
                      >
                        {phrase.abbreviation}
                      </kbd>
                    )}
                  </button>
                </li>
              ))}
            </ul>
          </section>
        ))
      )}
    </div>
  );
}
