import { CHANNELS, PHASES, type Channel, type Phase } from '../../../../../lib/core/model/pack';
import { useI18n } from '../../../../shared/i18n';

function toggle<T>(list: readonly T[], value: T, on: boolean): T[] {
  return on ? [...list, value] : list.filter((v) => v !== value);
}

/** Call phases and channels where a personal rule applies; none ticked means all. */
export function ScopeFields(props: {
  phases: readonly Phase[];
  channels: readonly Channel[];
  onPhases: (phases: Phase[]) => void;
  onChannels: (channels: Channel[]) => void;
}) {
  const { t } = useI18n();
  return (
    <div class="scope">
      <fieldset>
        <legend>{t('options.personal.phases')}</legend>
        {PHASES.map((phase) => (
          <label key={phase} class="check">
            <input
              type="checkbox"
              checked={props.phases.includes(phase)}
              onChange={(event) =>
                props.onPhases(
                  PHASES.filter((p) =>
                    toggle(props.phases, phase, event.currentTarget.checked).includes(p),
                  ),
                )
              }
            />
            {t(`options.phase.${phase}`)}
          </label>
        ))}
        <p class="hint">{t('options.personal.noneIsAll')}</p>
      </fieldset>
      <fieldset>
        <legend>{t('options.personal.channels')}</legend>
        {CHANNELS.map((channel) => (
          <label key={channel} class="check">
            <input
              type="checkbox"
              checked={props.channels.includes(channel)}
              onChange={(event) =>
                props.onChannels(
                  CHANNELS.filter((c) =>
                    toggle(props.channels, channel, event.currentTarget.checked).includes(c),
                  ),
                )
              }
            />
            {t(`options.channel.${channel}`)}
          </label>
        ))}
        <p class="hint">{t('options.personal.noneIsAll')}</p>
      </fieldset>
    </div>
  );
}
