import { useI18n } from '../../../shared/i18n';
import { formatNumber } from '../../common/format';
import type { FormTotal } from '../../../../lib/data/stats-query';

/** The most frequently flagged phrase forms, with CSS bars relative to the top one. */
export function TopPhrases(props: { phrases: readonly FormTotal[] }) {
  const { t, locale } = useI18n();
  if (props.phrases.length === 0) return <p class="muted">{t('options.stats.noFindings')}</p>;
  const max = Math.max(1, ...props.phrases.map((p) => p.flagged));
  return (
    <table class="top-phrases" data-testid="top-phrases">
      <caption class="visually-hidden">{t('options.stats.topPhrases')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('options.stats.col.phrase')}</th>
          <th scope="col">{t('options.stats.col.rules')}</th>
          <th scope="col">{t('options.stats.col.flagged')}</th>
          <th scope="col">{t('options.stats.col.accepted')}</th>
        </tr>
      </thead>
      <tbody>
        {props.phrases.map((phrase) => (
          <tr key={phrase.form}>
            <th scope="row">«{phrase.form}»</th>
            <td>
              <code>{phrase.ruleIds.join(', ')}</code>
            </td>
            <td>
              <span class="bar-cell">
                <span class="track" aria-hidden="true">
                  <span class="css-bar" style={{ width: `${(phrase.flagged / max) * 100}%` }} />
                </span>
                {formatNumber(phrase.flagged, locale)}
              </span>
            </td>
            <td>{formatNumber(phrase.accepted, locale)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
