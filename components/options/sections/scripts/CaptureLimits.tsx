import type { ScriptCapture } from '../../../../lib/core/model/script';
import { useI18n } from '../../../shared/i18n';

type Limited = Extract<ScriptCapture, { kind: 'text' | 'number' | 'date' }>;

/** A number the lead may leave empty (no limit); the field keeps what was typed. */
function NumberLimit(props: {
  id: string;
  testId: string;
  label: string;
  value: number | undefined;
  onChange: (value: number | undefined) => void;
}) {
  return (
    <>
      <label for={props.id}>{props.label}</label>
      <input
        id={props.id}
        type="number"
        data-testid={props.testId}
        value={props.value ?? ''}
        onInput={(e) => {
          const text = e.currentTarget.value.trim();
          const n = Number(text);
          props.onChange(text === '' || !Number.isFinite(n) ? undefined : n);
        }}
      />
    </>
  );
}

/** Sets or clears an optional field of a capture. */
function withField<C extends Limited, K extends keyof C>(
  capture: C,
  key: K,
  value: C[K] | undefined,
): C {
  const next = { ...capture };
  if (value === undefined || value === false) delete next[key];
  else next[key] = value;
  return next;
}

/**
 * What a field accepts, by kind: a text's longest length, a number's bounds and whether it is
 * whole, a date that may not be in the past (a call-back date). The validator checks them.
 */
export function CaptureLimits(props: {
  capture: Limited;
  idBase: string;
  onChange: (capture: ScriptCapture) => void;
}) {
  const { t } = useI18n();
  const { capture, idBase } = props;
  if (capture.kind === 'text')
    return (
      <NumberLimit
        id={`${idBase}-max-length`}
        testId="capture-max-length"
        label={t('options.scripts.captureMaxLength')}
        value={capture.maxLength}
        onChange={(v) => props.onChange(withField(capture, 'maxLength', v))}
      />
    );
  if (capture.kind === 'number')
    return (
      <>
        <NumberLimit
          id={`${idBase}-min`}
          testId="capture-min"
          label={t('options.scripts.captureMin')}
          value={capture.min}
          onChange={(v) => props.onChange(withField(capture, 'min', v))}
        />
        <NumberLimit
          id={`${idBase}-max`}
          testId="capture-max"
          label={t('options.scripts.captureMax')}
          value={capture.max}
          onChange={(v) => props.onChange(withField(capture, 'max', v))}
        />
        <label class="inline">
          <input
            type="checkbox"
            data-testid="capture-integer"
            checked={capture.integer === true}
            onChange={(e) =>
              props.onChange(withField(capture, 'integer', e.currentTarget.checked || undefined))
            }
          />{' '}
          {t('options.scripts.captureInteger')}
        </label>
      </>
    );
  return (
    <label class="inline">
      <input
        type="checkbox"
        data-testid="capture-not-past"
        checked={capture.notPast === true}
        onChange={(e) =>
          props.onChange(withField(capture, 'notPast', e.currentTarget.checked || undefined))
        }
      />{' '}
      {t('options.scripts.captureNotPast')}
    </label>
  );
}
