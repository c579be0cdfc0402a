import { useEffect, useId, useState } from 'preact/hooks';
import { getActivityState } from '../../../../lib/data/activity-export';
import { localized } from '../../../../lib/core/model/text';
import { useI18n } from '../../../shared/i18n';
import { downloadText } from '../../common/download';
import { formatDateTime } from '../../common/format';
import { useDb } from '../../data/db-context';
import { useLiveQuery } from '../../data/use-live-query';
import { loadActivityPreview, yesterday } from './activity-preview';
import { PersonalExport } from './PersonalExport';

/** The version the file names; the options page is the extension's own, so the manifest's. */
function extensionVersion(): string {
  try {
    const runtime = (
      globalThis as { chrome?: { runtime?: { getManifest?(): { version: string } } } }
    ).chrome?.runtime;
    return runtime?.getManifest?.().version ?? '0.0.0';
  } catch {
    return '0.0.0'; // a test page without a manifest
  }
}

/**
 * The team report's activity export as the agent sees it: whether the company turned it on and
 * where it goes, when a file was last sent, and exactly what a day's file holds (counts only),
 * which the agent may also download.
 */
export function ActivityExportView() {
  const { t, locale } = useI18n();
  const db = useDb();
  const dayId = useId();
  const [day, setDay] = useState(yesterday);
  useEffect(() => {
    // Makes this installation's random agent id once (the preview's live query only reads).
    void getActivityState(db);
  }, [db]);
  const preview = useLiveQuery(() => loadActivityPreview(db, day, extensionVersion()), [db, day]);
  if (preview.state !== 'ready') return null;
  const { policy, state, file } = preview.value;
  const text = file ? `${JSON.stringify(file, null, 2)}\n` : '';
  return (
    <section class="activity-export" data-testid="activity-export" aria-labelledby={`${dayId}-t`}>
      <h3 id={`${dayId}-t`}>{t('activity.title')}</h3>
      <p data-testid="activity-status">
        {policy.activityExportUrl
          ? t('activity.on', { url: policy.activityExportUrl })
          : t('activity.off')}
      </p>
      {policy.activityExportUrl ? (
        <p data-testid="activity-last-sent">
          {state.lastSentAt
            ? t('activity.lastSent', {
                time: formatDateTime(state.lastSentAt, locale),
                day: state.lastSentDay ?? '',
              })
            : t('activity.neverSent')}
        </p>
      ) : null}
      {state.lastError ? (
        <p role="alert" class="error" data-testid="activity-error">
          {localized(state.lastError, locale)}
        </p>
      ) : null}
      <PersonalExport personal={state.personal} />
      <div class="field inline">
        <label for={dayId}>{t('activity.day')}</label>
        <input
          id={dayId}
          type="date"
          value={day}
          data-testid="activity-day"
          onChange={(event) => event.currentTarget.value && setDay(event.currentTarget.value)}
        />
      </div>
      <p class="hint">{t('activity.what')}</p>
      {file ? (
        <>
          {/* Scrollable, so reachable by keyboard. */}
          <pre
            class="activity-preview"
            data-testid="activity-preview"
            tabIndex={0}
            aria-label={t('activity.previewLabel', { day: file.day })}
          >
            {text}
          </pre>
          <button
            type="button"
            data-testid="activity-download"
            onClick={() => downloadText(`${file.agentId}-${file.day}.json`, text)}
          >
            {t('activity.download')}
          </button>
        </>
      ) : (
        <p class="muted" data-testid="activity-empty">
          {t('activity.empty')}
        </p>
      )}
    </section>
  );
}
