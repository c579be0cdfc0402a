import { formatDuration } from '../../../lib/core/calls/call-timer';
import { useI18n } from '../../shared/i18n';
import type { ActiveCall } from '../data/use-active-call';
import { useEnv } from '../data/env';
import { useNow } from '../data/use-now';
import './collapsed-strip.css';

/** The collapsed sidebar: a narrow strip with the expand button and the running call's timer. */
export function CollapsedStrip(props: { active: ActiveCall | null | undefined }) {
  const { t } = useI18n();
  const { store, site } = useEnv();
  const now = useNow(Boolean(props.active));
  return (
    <main
      class="sidebar-collapsed"
      data-laipni="sidebar-app"
      data-collapsed="true"
      aria-label={t('sidebar.title')}
    >
      <button
        type="button"
        class="icon-button"
        aria-expanded="false"
        aria-label={t('sidebar.expand')}
        title={t('sidebar.expand')}
        data-laipni="sidebar-expand"
        onClick={() =>
          void store.run({ name: 'set-collapsed', params: { site, collapsed: false } })
        }
      >
        <span aria-hidden="true">«</span>
      </button>
      {props.active && (
        <span class="strip-timer" role="timer" aria-label={t('sidebar.call.duration')}>
          {formatDuration(now - props.active.call.startedAt)}
        </span>
      )}
    </main>
  );
}
