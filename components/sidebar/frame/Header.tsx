import { useState } from 'preact/hooks';
import { Confirm } from '../../shared/Confirm';
import { useI18n } from '../../shared/i18n';
import { useEnv } from '../data/env';
import './header.css';

/** Title, the site's on/off switch and (in the page) the collapse button. */
export function Header(props: { enabled: boolean }) {
  const { t } = useI18n();
  const { store, site, host } = useEnv();
  const [asking, setAsking] = useState(false);
  const setEnabled = (enabled: boolean) => {
    setAsking(false);
    void store.run({ name: 'update-site', params: { site, patch: { enabled } } });
  };
  return (
    <header class="sidebar-header">
      <div class="sidebar-title">
        <h1>{t('sidebar.title')}</h1>
        <span class="sidebar-site">{t('sidebar.site', { site })}</span>
      </div>
      <div class="sidebar-tools">
        <button
          type="button"
          role="switch"
          class="site-switch"
          aria-checked={props.enabled ? 'true' : 'false'}
          data-laipni="site-switch"
          // Switching on is harmless; switching off stops the checking here, so it is asked.
          onClick={() => (props.enabled ? setAsking(true) : setEnabled(true))}
        >
          <span class="site-switch-track" aria-hidden="true">
            <span class="site-switch-thumb" />
          </span>
          <span>{t('sidebar.siteSwitch')}</span>
        </button>
        {host === 'page' && (
          <button
            type="button"
            class="icon-button"
            aria-expanded="true"
            aria-label={t('sidebar.collapse')}
            title={t('sidebar.collapse')}
            data-laipni="sidebar-collapse"
            onClick={() =>
              void store.run({ name: 'set-collapsed', params: { site, collapsed: true } })
            }
          >
            <span aria-hidden="true">»</span>
          </button>
        )}
      </div>
      {asking && (
        <Confirm
          hook="site-switch-confirm"
          question={t('sidebar.siteOffConfirm', { site })}
          confirmLabel={t('sidebar.siteOffYes')}
          onConfirm={() => setEnabled(false)}
          onCancel={() => setAsking(false)}
        />
      )}
    </header>
  );
}
