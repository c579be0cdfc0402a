import type { ScriptCapture } from '../../../../lib/core/model/script';
import { useI18n } from '../../../shared/i18n';
import { CaptureLimits } from './CaptureLimits';

const KINDS = ['text', 'number', 'date', 'choice', 'yesno'] as const;
const KIND_KEYS = {
  text: 'options.scripts.kindText',
  number: 'options.scripts.kindNumber',
  date: 'options.scripts.kindDate',
  choice: 'options.scripts.kindChoice',
  yesno: 'options.scripts.kindYesno',
} as const;

/** A field kind changed: what the new kind needs (choices) is added, the rest dropped. */
function withKind(capture: ScriptCapture, kind: ScriptCapture['kind']): ScriptCapture {
  const base = {
    id: capture.id,
    label: capture.label,
    ...(capture.required ? { required: true } : {}),
  };
  if (kind === 'choice') {
    return { ...base, kind, options: capture.kind === 'choice' ? capture.options : [] };
  }
  return { ...base, kind };
}

/** One field the step asks the agent to note down: id (its slot), name, kind, limits, required. */
export function CaptureEditor(props: {
  capture: ScriptCapture;
  idBase: string;
  onChange: (capture: ScriptCapture) => void;
  onRemove: () => void;
}) {
  const { t } = useI18n();
  const { capture, idBase } = props;
  return (
    <fieldset class="script-capture-editor" data-testid="script-capture-editor">
      <legend>{capture.label.lv || capture.id}</legend>
      <label for={`${idBase}-id`}>{t('options.scripts.captureId')}</label>
      <input
        id={`${idBase}-id`}
        data-testid="capture-id"
        value={capture.id}
        onInput={(e) => props.onChange({ ...capture, id: e.currentTarget.value.trim() })}
      />
      <label for={`${idBase}-label`}>{t('options.scripts.captureLabel')}</label>
      <input
        id={`${idBase}-label`}
        data-testid="capture-label"
        lang="lv"
        value={capture.label.lv}
        onInput={(e) =>
          props.onChange({ ...capture, label: { ...capture.label, lv: e.currentTarget.value } })
        }
      />
      <label for={`${idBase}-kind`}>{t('options.scripts.captureKind')}</label>
      <select
        id={`${idBase}-kind`}
        data-testid="capture-kind"
        value={capture.kind}
        onChange={(e) =>
          props.onChange(withKind(capture, e.currentTarget.value as ScriptCapture['kind']))
        }
      >
        {KINDS.map((k) => (
          <option key={k} value={k}>
            {t(KIND_KEYS[k])}
          </option>
        ))}
      </select>
      {capture.kind === 'choice' && (
        <>
          <label for={`${idBase}-options`}>{t('options.scripts.captureOptions')}</label>
          <textarea
            id={`${idBase}-options`}
            data-testid="capture-options"
            lang="lv"
            rows={3}
            value={capture.options.map((o) => o.label.lv).join('\n')}
            onInput={(e) =>
              props.onChange({
                ...capture,
                options: e.currentTarget.value
                  .split('\n')
                  .map((line, i) => ({ id: `option${i + 1}`, label: { lv: line } })),
              })
            }
          />
        </>
      )}
      {capture.kind === 'text' || capture.kind === 'number' || capture.kind === 'date' ? (
        <CaptureLimits capture={capture} idBase={idBase} onChange={props.onChange} />
      ) : null}
      <label class="inline">
        <input
          type="checkbox"
          data-testid="capture-required"
          checked={capture.required === true}
          onChange={(e) => {
            const next = { ...capture };
            if (e.currentTarget.checked) next.required = true;
            else delete next.required;
            props.onChange(next);
          }}
        />{' '}
        {t('options.scripts.captureRequired')}
      </label>
      <button type="button" data-testid="capture-remove" onClick={props.onRemove}>
        {t('options.scripts.remove')}
      </button>
    </fieldset>
  );
}
