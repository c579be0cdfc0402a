import { listCalls } from '../../../../lib/data/calls';
import { useI18n } from '../../../shared/i18n';
import { useDb } from '../../data/db-context';
import { useLiveQuery } from '../../data/use-live-query';
import { MicrophoneAccess } from './MicrophoneAccess';
import { VoiceChart } from './VoiceChart';
import { voiceHistory } from './voice-history';
import './section.css';

/** How many recent calls the history reads. */
const CALLS = 60;

/** The voice coach: microphone access, and its numbers over the last calls. */
export function VoiceSection() {
  const { t, locale } = useI18n();
  const db = useDb();
  const data = useLiveQuery(async () => voiceHistory(await listCalls(db, { limit: CALLS })), [db]);
  const day = (at: number) =>
    new Date(at).toLocaleString(locale, { dateStyle: 'short', timeStyle: 'short' });

  return (
    <section aria-labelledby="voice-title" class="section">
      <h2 id="voice-title">{t('options.voice.title')}</h2>
      <p class="privacy">{t('options.voice.privacy')}</p>
      <MicrophoneAccess />
      <h3>{t('options.voice.history')}</h3>
      {data.state === 'loading' ? <p role="status">{t('options.loading')}</p> : null}
      {data.state === 'error' ? (
        <p role="alert">{t('options.loadFailed', { detail: data.message })}</p>
      ) : null}
      {data.state === 'ready' && data.value.length === 0 ? (
        <p data-laipni="voice-history-empty">{t('options.voice.none')}</p>
      ) : null}
      {data.state === 'ready' && data.value.length > 0 ? (
        <>
          <VoiceChart points={data.value} label={t('options.voice.chart')} />
          <table class="voice-table" data-laipni="voice-history">
            <thead>
              <tr>
                <th scope="col">{t('options.voice.when')}</th>
                <th scope="col">{t('options.voice.rate')}</th>
                <th scope="col">{t('options.voice.interruptions')}</th>
                <th scope="col">{t('options.voice.talkShare')}</th>
                <th scope="col">{t('options.voice.level')}</th>
              </tr>
            </thead>
            <tbody>
              {data.value.map((point) => (
                <tr key={point.callId} data-call={point.callId}>
                  <td>{day(point.startedAt)}</td>
                  <td data-value={point.agentRate.toFixed(2)}>{point.agentRate.toFixed(1)}</td>
                  <td>{point.interruptions}</td>
                  <td>{Math.round(point.talkShare * 100)} %</td>
                  <td>{point.agentLevelDb > -100 ? point.agentLevelDb.toFixed(0) : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : null}
    </section>
  );
}
