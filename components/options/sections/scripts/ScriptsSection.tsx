import { useState } from 'preact/hooks';
import type { Script } from '../../../../lib/core/model/script';
import { localized } from '../../../../lib/core/model/text';
import { deletePersonalScript } from '../../../../lib/data/personal-scripts';
import { useI18n } from '../../../shared/i18n';
import { useDb } from '../../data/db-context';
import { useLiveQuery } from '../../data/use-live-query';
import { copyOf, freeId, newScript } from './script-draft';
import { ScriptEditor } from './ScriptEditor';
import { loadScriptOverview, type ScriptOverview } from './script-overview';
import { siteScopeText } from '../../common/site-scope-text';
import './section.css';

const LAYER_KEYS = {
  builtin: 'options.scripts.layerBuiltin',
  team: 'options.scripts.layerTeam',
  personal: 'options.scripts.layerPersonal',
} as const;

type Editing = { script: Script; isNew: boolean } | null;

/**
 * The call scripts: every script the sidebar offers, where it came from and whether a lead
 * locked it; the agent's own are edited in the script editor, the others copied into one.
 */
export function ScriptsSection() {
  const { t } = useI18n();
  const db = useDb();
  const overview = useLiveQuery(() => loadScriptOverview(db), [db]);
  return (
    <section aria-labelledby="scripts-title" class="section">
      <h2 id="scripts-title">{t('options.scripts.title')}</h2>
      <p>{t('options.scripts.intro')}</p>
      {overview.state === 'loading' ? <p role="status">{t('options.loading')}</p> : null}
      {overview.state === 'error' ? (
        <p role="alert">{t('options.loadFailed', { detail: overview.message })}</p>
      ) : null}
      {overview.state === 'ready' ? <ScriptList overview={overview.value} /> : null}
    </section>
  );
}

function ScriptList(props: { overview: ScriptOverview }) {
  const { t, locale } = useI18n();
  const db = useDb();
  const [editing, setEditing] = useState<Editing>(null);
  const [message, setMessage] = useState('');
  const { entries, personal, personalAllowed, checker, blocked } = props.overview;
  const taken = [...entries.map((e) => e.script.id), ...personal.map((s) => s.id)];
  const own = new Set(personal.map((s) => s.id));

  if (editing) {
    return (
      <ScriptEditor
        key={editing.script.id}
        initial={editing.script}
        isNew={editing.isNew}
        checker={checker}
        onDone={(done) => {
          setEditing(null);
          setMessage(done ?? '');
        }}
      />
    );
  }
  return (
    <>
      {message && (
        <p role="status" data-testid="scripts-status">
          {message}
        </p>
      )}
      {!personalAllowed ? (
        <p class="warning">{t('options.scripts.disallowed')}</p>
      ) : (
        <button
          type="button"
          class="primary"
          data-testid="script-add"
          onClick={() => setEditing({ script: newScript(freeId('my-script', taken)), isNew: true })}
        >
          {t('options.scripts.add')}
        </button>
      )}
      {blocked.map((id) => (
        <p key={id} class="warning" data-testid="script-blocked">
          {t('options.scripts.blocked', { id })}
        </p>
      ))}
      <ul class="script-list" data-testid="script-list">
        {entries.map(({ script, report }) => {
          const layer = report?.layer ?? 'builtin';
          const name = localized(script.name, locale);
          return (
            <li
              key={script.id}
              data-testid="script-entry"
              data-script={script.id}
              data-layer={layer}
            >
              <span class="script-entry-name">{name}</span>{' '}
              <span class="tag">{t(LAYER_KEYS[layer])}</span>{' '}
              {report?.locked && (
                <span
                  class="tag"
                  title={t('options.scripts.lockedHint')}
                  data-testid="script-locked"
                >
                  {t('options.scripts.locked')}
                </span>
              )}{' '}
              <span class="muted">{t('options.scripts.steps', { n: script.steps.length })}</span>
              {script.sites ? (
                <span class="muted" data-testid="script-sites">
                  {' · '}
                  {t('options.applies.sites')}: {siteScopeText(script.sites, t)}
                </span>
              ) : null}
              <span class="button-row">
                {layer === 'personal' && own.has(script.id) ? (
                  <>
                    <button
                      type="button"
                      data-testid="script-edit"
                      aria-label={`${t('options.scripts.edit')}: ${name}`}
                      onClick={() => setEditing({ script, isNew: false })}
                    >
                      {t('options.scripts.edit')}
                    </button>
                    <button
                      type="button"
                      data-testid="script-delete"
                      aria-label={`${t('options.scripts.delete')}: ${name}`}
                      onClick={() => void deletePersonalScript(db, script.id)}
                    >
                      {t('options.scripts.delete')}
                    </button>
                  </>
                ) : personalAllowed ? (
                  <button
                    type="button"
                    data-testid="script-copy"
                    aria-label={`${t('options.scripts.copy')}: ${name}`}
                    onClick={() => setEditing({ script: copyOf(script, taken), isNew: true })}
                  >
                    {t('options.scripts.copy')}
                  </button>
                ) : null}
              </span>
            </li>
          );
        })}
      </ul>
    </>
  );
}
