import { useState } from 'preact/hooks';
import type { RefreshOutcome } from '../../../../lib/core/model/distribution';
import { localized } from '../../../../lib/core/model/text';
import { useI18n } from '../../../shared/i18n';
import { useDistributionClient } from '../../data/distribution-client';

/** "Refresh now" for one subscription, with what the refresh did. */
export function RefreshNow(props: { url: string }) {
  const { t, locale } = useI18n();
  const client = useDistributionClient();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<RefreshOutcome | null>(null);

  const run = async () => {
    setBusy(true);
    setOutcome(null);
    try {
      setOutcome(await client.refresh(props.url));
    } finally {
      setBusy(false);
    }
  };

  const text = (o: RefreshOutcome) =>
    t(`trust.outcome.${o.status}`, {
      version: o.version ?? '',
      error: o.error ? localized(o.error, locale) : '',
      notice: o.notice ? localized(o.notice, locale) : '',
    });

  return (
    <span class="refresh-now">
      <button type="button" disabled={busy} data-testid="refresh-now" onClick={() => void run()}>
        {t(busy ? 'trust.refreshing' : 'trust.refreshNow')}
      </button>
      {outcome ? (
        <span
          role={outcome.status === 'failed' ? 'alert' : 'status'}
          class={outcome.status === 'failed' ? 'error' : 'success'}
          data-testid="refresh-outcome"
          data-status={outcome.status}
        >
          {' '}
          {text(outcome)}
        </span>
      ) : null}
    </span>
  );
}
