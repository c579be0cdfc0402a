import { useI18n } from '../../shared/i18n';
import { useEnv } from '../data/env';
import './header.css';

/** Title, the site's on/off switch and the collapse button. */
export function Header(props: { enabled: boolean }) {
  const { t } = useI18n();
  const { store, site } = useEnv();
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
          onClick={() =>
            void store.run({
              name: 'update-site',
              params: { site, patch: { enabled: !props.enabled } },
            })
          }
        >
          <span class="site-switch-track" aria-hidden="true">
            <span class="site-switch-thumb" />
          </span>
          <span>{t('sidebar.siteSwitch')}</span>
        </button>
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
      </div>
    </header>
  );
}
