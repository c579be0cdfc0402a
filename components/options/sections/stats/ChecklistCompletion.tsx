import { useI18n } from '../../../shared/i18n';
import { formatDateTime } from '../../common/format';
import type { CallCompletion } from './completion';

/** How much of the call checklists each recent call completed. */
export function ChecklistCompletion(props: { calls: readonly CallCompletion[] }) {
  const { t, locale } = useI18n();
  if (props.calls.length === 0) return <p class="muted">{t('options.stats.noCalls')}</p>;
  return (
    <table class="completion" data-testid="checklist-completion">
      <caption class="visually-hidden">{t('options.stats.completion')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('options.stats.col.call')}</th>
          <th scope="col">{t('options.stats.col.customer')}</th>
          <th scope="col">{t('options.stats.col.completed')}</th>
        </tr>
      </thead>
      <tbody>
        {props.calls.map((call) => {
          const percent = Math.round(call.ratio * 100);
          return (
            <tr key={call.id}>
              <th scope="row">
                {formatDateTime(call.startedAt, locale)}
                {call.repeat ? <span class="badge">{t('options.stats.repeat')}</span> : null}
                {call.dropped ? <span class="badge">{t('options.stats.dropped')}</span> : null}
              </th>
              <td>{call.customerName ?? '—'}</td>
              <td>
                <span class="bar-cell">
                  <span class="track" aria-hidden="true">
                    <span class="css-bar" style={{ width: `${percent}%` }} />
                  </span>
                  {t('options.stats.ticked', {
                    ticked: call.ticked,
                    expected: call.expected,
                    percent,
                  })}
                </span>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
