import type { CallDirection } from '../../../../lib/core/model/call';
import { CHANNELS, type Channel } from '../../../../lib/core/model/pack';
import {
  SCRIPT_SITUATIONS,
  type ScriptAppliesTo,
  type ScriptSituation,
} from '../../../../lib/core/model/script';
import { useI18n } from '../../../shared/i18n';

const DIRECTIONS = ['any', 'inbound', 'outbound'] as const;
const DIRECTION_KEYS = {
  any: 'options.scripts.directionAny',
  inbound: 'options.scripts.directionInbound',
  outbound: 'options.scripts.directionOutbound',
} as const;

/** Adds or removes one value of a list; an empty list is no list (the script fits any). */
function toggled<T>(list: readonly T[] | undefined, value: T, on: boolean): T[] | undefined {
  const others = (list ?? []).filter((v) => v !== value);
  const next = on ? [...others, value] : others;
  return next.length > 0 ? next : undefined;
}

/**
 * When the script fits a call, which ranks it among the scripts the agent is offered: the call's
 * direction, the channels, and the situations (the call's kind and its topic). Nothing chosen
 * means any.
 */
export function AppliesToEditor(props: {
  appliesTo: ScriptAppliesTo | undefined;
  onChange: (appliesTo: ScriptAppliesTo | undefined) => void;
}) {
  const { t } = useI18n();
  const current = props.appliesTo ?? {};
  const change = (patch: Partial<ScriptAppliesTo>) => {
    const next: Record<string, unknown> = { ...current, ...patch };
    for (const key of Object.keys(next)) if (next[key] === undefined) delete next[key];
    props.onChange(Object.keys(next).length > 0 ? (next as ScriptAppliesTo) : undefined);
  };
  return (
    <>
      <label for="se-direction">{t('options.scripts.direction')}</label>
      <select
        id="se-direction"
        data-testid="script-direction"
        value={current.direction ?? 'any'}
        onChange={(e) => {
          const value = e.currentTarget.value as CallDirection | 'any';
          change({ direction: value === 'any' ? undefined : value });
        }}
      >
        {DIRECTIONS.map((d) => (
          <option key={d} value={d}>
            {t(DIRECTION_KEYS[d])}
          </option>
        ))}
      </select>
      <fieldset class="script-applies" data-testid="script-channels">
        <legend>{t('options.scripts.channels')}</legend>
        {CHANNELS.map((channel: Channel) => (
          <label key={channel} class="inline">
            <input
              type="checkbox"
              data-testid="script-channel"
              data-channel={channel}
              checked={current.channels?.includes(channel) ?? false}
              onChange={(e) =>
                change({ channels: toggled(current.channels, channel, e.currentTarget.checked) })
              }
            />{' '}
            {t(`options.channel.${channel}`)}
          </label>
        ))}
      </fieldset>
      <fieldset class="script-applies" data-testid="script-situations">
        <legend>{t('options.scripts.situations')}</legend>
        {SCRIPT_SITUATIONS.map((situation: ScriptSituation) => (
          <label key={situation} class="inline">
            <input
              type="checkbox"
              data-testid="script-situation"
              data-situation={situation}
              checked={current.situations?.includes(situation) ?? false}
              onChange={(e) =>
                change({
                  situations: toggled(current.situations, situation, e.currentTarget.checked),
                })
              }
            />{' '}
            {t(`options.scripts.situation.${situation}`)}
          </label>
        ))}
      </fieldset>
    </>
  );
}
