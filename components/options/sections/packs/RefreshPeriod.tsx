import { useId, useState } from 'preact/hooks';
import { REFRESH_CHOICES, clampRefreshMinutes } from '../../../../lib/core/model/distribution';
import {
  getDistributionSettings,
  updateDistributionSettings,
} from '../../../../lib/data/distribution-settings';
import { useI18n } from '../../../shared/i18n';
import { ManagedNote } from '../../common/ManagedNote';
import { useDb } from '../../data/db-context';
import { loadPolicyView } from '../../data/policy';
import { useLiveQuery } from '../../data/use-live-query';

/** How often subscriptions are checked (15 min – 24 h); company policy may set it. */
export function RefreshPeriod() {
  const { t } = useI18n();
  const db = useDb();
  const id = useId();
  const settings = useLiveQuery(() => getDistributionSettings(db), [db]);
  const policy = useLiveQuery(() => loadPolicyView(db), [db]);
  const [saved, setSaved] = useState(false);
  if (settings.state !== 'ready' || policy.state !== 'ready') return null;
  const managed = policy.value.policy.refreshMinutes !== undefined;
  const value = clampRefreshMinutes(
    policy.value.policy.refreshMinutes ?? settings.value.refreshMinutes,
  );
  const choices = REFRESH_CHOICES.includes(value)
    ? REFRESH_CHOICES
    : [...REFRESH_CHOICES, value].sort((a, b) => a - b);
  const label = (minutes: number) =>
    minutes < 60 || minutes % 60 !== 0
      ? t('trust.periodMinutes', { count: minutes })
      : t('trust.periodHours', { count: minutes / 60 });

  return (
    <div class="field refresh-period">
      <label for={id}>{t('trust.periodLabel')}</label>{' '}
      <select
        id={id}
        value={String(value)}
        disabled={managed}
        aria-describedby={managed ? `${id}-managed` : `${id}-hint`}
        data-testid="refresh-period"
        onChange={(event) => {
          setSaved(false);
          void updateDistributionSettings(db, {
            refreshMinutes: Number(event.currentTarget.value),
          }).then(() => setSaved(true));
        }}
      >
        {choices.map((minutes) => (
          <option key={minutes} value={String(minutes)}>
            {label(minutes)}
          </option>
        ))}
      </select>{' '}
      {managed ? <ManagedNote id={`${id}-managed`} /> : null}
      {saved ? <span role="status">{t('trust.periodSaved')}</span> : null}
      <p class="hint" id={`${id}-hint`}>
        {t('trust.periodHint')}
      </p>
    </div>
  );
}
