import { useEffect, useId, useState } from 'preact/hooks';
import { getSettings, updateSettings } from '../../../../lib/data/settings';
import { useI18n } from '../../../shared/i18n';
import { useDb } from '../../data/db-context';
import { useLiveQuery } from '../../data/use-live-query';

interface Input {
  deviceId: string;
  label: string;
}

/**
 * The customer's side of the call for the voice coach: a second audio input that carries it (a
 * softphone's loopback device). Device names are readable only once the microphone is allowed,
 * so the list is read again when `allowed` changes.
 */
export function CustomerDevice(props: { allowed: boolean }) {
  const { t } = useI18n();
  const db = useDb();
  const id = useId();
  const [inputs, setInputs] = useState<Input[]>([]);
  const settings = useLiveQuery(() => getSettings(db), [db]);

  useEffect(() => {
    let live = true;
    void navigator.mediaDevices
      ?.enumerateDevices()
      .then((devices) => {
        if (!live) return;
        setInputs(
          devices
            .filter((d) => d.kind === 'audioinput' && d.deviceId && d.deviceId !== 'default')
            .map((d, i) => ({
              deviceId: d.deviceId,
              label: d.label || t('options.voice.deviceN', { n: i + 1 }),
            })),
        );
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [props.allowed]);

  if (settings.state !== 'ready') return null;
  const chosen = settings.value.voiceCustomerDevice;
  const missing = chosen !== '' && !inputs.some((input) => input.deviceId === chosen);
  return (
    <div class="field">
      <label for={id}>{t('options.voice.customerDevice')}</label>
      <select
        id={id}
        data-laipni="voice-customer-device"
        value={chosen}
        onChange={(event) =>
          void updateSettings(db, { voiceCustomerDevice: event.currentTarget.value })
        }
      >
        <option value="">{t('options.voice.noCustomerDevice')}</option>
        {inputs.map((input) => (
          <option key={input.deviceId} value={input.deviceId}>
            {input.label}
          </option>
        ))}
        {missing && <option value={chosen}>{t('options.voice.deviceGone')}</option>}
      </select>
      <p class="hint">{t('options.voice.customerDeviceHint')}</p>
    </div>
  );
}
