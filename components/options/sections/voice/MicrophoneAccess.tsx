import { useEffect, useState } from 'preact/hooks';
import { useI18n } from '../../../shared/i18n';
import { CustomerDevice } from './CustomerDevice';

type Access = 'unknown' | 'granted' | 'denied' | 'prompt';

/**
 * Chrome's offscreen document, where the voice coach listens, cannot ask for the microphone
 * itself; the agent grants it once here, on the extension's own page, for the extension's
 * origin (never the CRM's). The stream is stopped at once: nothing is recorded here.
 */
export function MicrophoneAccess() {
  const { t } = useI18n();
  const [access, setAccess] = useState<Access>('unknown');
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    void navigator.permissions
      ?.query({ name: 'microphone' as PermissionName })
      .then((status) => {
        if (live) setAccess(status.state);
        status.onchange = () => live && setAccess(status.state);
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);

  const ask = async () => {
    setError(null);
    try {
      const stream = await navigator.mediaDevices.getUserMedia({ audio: true });
      for (const track of stream.getTracks()) track.stop();
      setAccess('granted');
    } catch (failure) {
      setAccess('denied');
      setError(failure instanceof Error ? failure.name : String(failure));
    }
  };

  return (
    <div class="field" data-laipni="voice-access" data-access={access}>
      <p>{t(access === 'granted' ? 'options.voice.granted' : 'options.voice.needAccess')}</p>
      {access !== 'granted' && (
        <button type="button" data-laipni="voice-allow" onClick={() => void ask()}>
          {t('options.voice.allow')}
        </button>
      )}
      {error && <p role="alert">{t('options.voice.denied', { detail: error })}</p>}
      <CustomerDevice allowed={access === 'granted'} />
    </div>
  );
}
