import { useId } from 'preact/hooks';
import {
  SIDEBAR_MODES,
  type Settings,
  type SidebarMode,
} from '../../../../lib/core/model/settings';
import { updateSettings } from '../../../../lib/data/settings';
import { useI18n } from '../../../shared/i18n';
import { ManagedNote } from '../../common/ManagedNote';
import { useDb } from '../../data/db-context';
import { loadPolicyView } from '../../data/policy';
import { useLiveQuery } from '../../data/use-live-query';

const isMode = (value: string): value is SidebarMode =>
  (SIDEBAR_MODES as readonly string[]).includes(value);

/**
 * Where the sidebar shows: docked in the CRM page (the default) or in the browser's side panel.
 * Company policy may choose; then the choice is shown, not offered.
 */
export function SidebarModePicker(props: { settings: Settings }) {
  const { t } = useI18n();
  const db = useDb();
  const id = useId();
  const policy = useLiveQuery(() => loadPolicyView(db), [db]);
  const managed =
    policy.state === 'ready' && policy.value.managed.has('sidebarMode')
      ? policy.value.policy.sidebarMode
      : undefined;
  const value = managed ?? props.settings.sidebarMode;
  return (
    <div class="field sidebar-mode">
      <h3>{t('options.sidebarMode.title')}</h3>
      <label for={id}>{t('options.sidebarMode.label')}</label>
      <select
        id={id}
        value={value}
        data-testid="sidebar-mode"
        disabled={managed !== undefined}
        aria-describedby={managed !== undefined ? `${id}-managed` : `${id}-hint`}
        onChange={(event) => {
          const next = event.currentTarget.value;
          if (isMode(next)) void updateSettings(db, { sidebarMode: next });
        }}
      >
        {SIDEBAR_MODES.map((mode) => (
          <option key={mode} value={mode}>
            {t(`options.sidebarMode.${mode}`)}
          </option>
        ))}
      </select>
      {managed !== undefined ? <ManagedNote id={`${id}-managed`} /> : null}
      <p class="hint" id={`${id}-hint`}>
        {t('options.sidebarMode.hint')}
      </p>
    </div>
  );
}
