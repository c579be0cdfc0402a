import { useId, useState } from 'preact/hooks';
import { listSiteSettings, updateSiteSettings } from '../../../../lib/data/sites';
import { useI18n } from '../../../shared/i18n';
import { useDb } from '../../data/db-context';
import { useLiveQuery } from '../../data/use-live-query';
import { siteKeyFromInput } from './site-key';

/**
 * Where Laipni is on or off. It is on everywhere by default; a site appears here once it was
 * switched (here, in the toolbar popup or in the sidebar).
 */
export function SiteSwitchList() {
  const { t } = useI18n();
  const db = useDb();
  const id = useId();
  const sites = useLiveQuery(() => listSiteSettings(db), [db]);
  const [input, setInput] = useState('');
  const [error, setError] = useState(false);

  const add = async (event: Event) => {
    event.preventDefault();
    const site = siteKeyFromInput(input);
    if (site === '') {
      setError(true);
      return;
    }
    setError(false);
    setInput('');
    await updateSiteSettings(db, site, { enabled: false });
  };

  const list =
    sites.state === 'ready' ? [...sites.value].sort((a, b) => a.site.localeCompare(b.site)) : [];
  return (
    <div class="site-switches">
      <h3>{t('options.sites.switchTitle')}</h3>
      <p class="hint">{t('options.sites.switchHint')}</p>
      {list.length === 0 ? <p class="muted">{t('options.sites.noneSwitched')}</p> : null}
      <ul class="site-list" data-testid="site-list">
        {list.map((record) => (
          <li key={record.site} data-site={record.site}>
            <label class="switch">
              <input
                type="checkbox"
                role="switch"
                checked={record.enabled}
                onChange={(event) =>
                  void updateSiteSettings(db, record.site, { enabled: event.currentTarget.checked })
                }
              />
              <span>{record.site}</span>
              <span class="muted" aria-hidden="true">
                {' '}
                {t(record.enabled ? 'options.rules.on' : 'options.rules.off')}
              </span>
            </label>
          </li>
        ))}
      </ul>
      <form class="inline-form" onSubmit={(event) => void add(event)}>
        <label for={id}>{t('options.sites.addLabel')}</label>
        <input
          id={id}
          type="text"
          value={input}
          placeholder="crm.example.lv"
          aria-invalid={error}
          aria-describedby={error ? `${id}-error` : undefined}
          data-testid="site-input"
          onInput={(event) => setInput(event.currentTarget.value)}
        />
        <button type="submit">{t('options.sites.switchOff')}</button>
        {error ? (
          <p role="alert" class="error" id={`${id}-error`}>
            {t('options.sites.badSite')}
          </p>
        ) : null}
      </form>
    </div>
  );
}
