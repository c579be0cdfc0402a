import { useId, useState } from 'preact/hooks';
import type { ActivityDelivery } from '../../../../lib/core/model/activity';
import { localized } from '../../../../lib/core/model/text';
import { setPersonalExport } from '../../../../lib/data/activity-export';
import { dayOf } from '../../../../lib/data/stats';
import { useI18n } from '../../../shared/i18n';
import {
  releaseDownloadsPermission,
  requestDownloadsPermission,
} from '../../common/downloads-permission';
import { formatDateTime } from '../../common/format';
import { useDb } from '../../data/db-context';

/**
 * The agent's own activity export: switched on here (no company policy needed), the background
 * saves each finished day's file in the downloads folder. Nothing is sent anywhere.
 */
export function PersonalExport(props: { personal: ActivityDelivery | undefined }) {
  const { t, locale } = useI18n();
  const db = useDb();
  const id = useId();
  const [denied, setDenied] = useState(false);
  const { personal } = props;

  const onChange = (event: Event) => {
    const box = event.currentTarget as HTMLInputElement;
    const on = box.checked;
    setDenied(false);
    if (!on) {
      void setPersonalExport(db, false, dayOf(Date.now())).then(releaseDownloadsPermission);
      return;
    }
    // Asked before anything is awaited: the permission prompt needs the agent's click.
    void requestDownloadsPermission().then(async (granted) => {
      if (!granted) {
        box.checked = false;
        setDenied(true);
        return;
      }
      await setPersonalExport(db, true, dayOf(Date.now()));
    });
  };

  return (
    <div class="personal-export" data-testid="personal-export">
      <div class="field inline">
        <input
          id={id}
          type="checkbox"
          checked={personal !== undefined}
          data-testid="personal-export-switch"
          aria-describedby={`${id}-hint`}
          onChange={onChange}
        />
        <label for={id}>{t('activity.personal.label')}</label>
      </div>
      <p class="hint" id={`${id}-hint`}>
        {t('activity.personal.hint')}
      </p>
      {denied ? (
        <p role="alert" class="error" data-testid="personal-export-denied">
          {t('activity.personal.denied')}
        </p>
      ) : null}
      {personal ? (
        <p data-testid="personal-last-saved">
          {personal.lastSentAt
            ? t('activity.personal.lastSaved', {
                time: formatDateTime(personal.lastSentAt, locale),
                day: personal.lastSentDay ?? '',
              })
            : t('activity.personal.notYet')}
        </p>
      ) : null}
      {personal?.lastError ? (
        <p role="alert" class="error" data-testid="personal-export-error">
          {localized(personal.lastError, locale)}
        </p>
      ) : null}
    </div>
  );
}
