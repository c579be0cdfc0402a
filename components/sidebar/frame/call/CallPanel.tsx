import type { Script } from '../../../../lib/core/model/script';
import type { TabState } from '../../../../lib/protocol/page-messages';
import { useI18n } from '../../../shared/i18n';
import type { ActiveCall } from '../../data/use-active-call';
import { useNow } from '../../data/use-now';
import { ActiveCallView } from './ActiveCallView';
import { CallbackReminders } from './CallbackReminders';
import { StartCall } from './StartCall';
import { TelOffer } from './TelOffer';
import './call.css';

/**
 * The call section: call-back reminders, a tel: offer, then either the start buttons or the
 * running call. Everything shown comes from Dexie, so a reload shows the same call.
 */
export function CallPanel(props: {
  active: ActiveCall | null | undefined;
  tab: TabState | null;
  /** The effective pack's scripts: ending a call lists its script's steps not said yet. */
  scripts: readonly Script[];
}) {
  const { t } = useI18n();
  const now = useNow(true);
  const { active, tab } = props;
  // A tel: offer starts a new call, so it is offered only while no call runs.
  const offer = active === null ? tab?.telOffer : undefined;
  return (
    <section class="sidebar-section" aria-labelledby="sb-call" data-laipni="call-panel">
      <h2 id="sb-call">{t('sidebar.sectionCall')}</h2>
      <CallbackReminders now={now} callRunning={Boolean(active)} />
      {offer && <TelOffer offer={offer} />}
      {active === undefined ? (
        <p>{t('sidebar.loading')}</p>
      ) : active ? (
        <ActiveCallView active={active} scripts={props.scripts} />
      ) : (
        <StartCall contactSeen={tab?.page.contactSeen ?? false} />
      )}
    </section>
  );
}
