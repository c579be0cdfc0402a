import type { RefObject } from 'preact';
import { VARIABLE_NAMES } from '../../../lib/core/model/pack';
import { useI18n } from '../../shared/i18n';
import './variable-buttons.css';

/** Inserts `{variable}` at the caret of a suggestions box, then puts the caret after it. */
export function insertAtCaret(area: HTMLTextAreaElement, insert: string): string {
  const start = area.selectionStart ?? area.value.length;
  const end = area.selectionEnd ?? start;
  const next = area.value.slice(0, start) + insert + area.value.slice(end);
  area.value = next;
  area.setSelectionRange(start + insert.length, start + insert.length);
  return next;
}

/** Buttons that put a variable into the suggestion text, so nobody has to remember the names. */
export function VariableButtons(props: {
  target: RefObject<HTMLTextAreaElement>;
  onChange: (text: string) => void;
}) {
  const { t } = useI18n();
  return (
    <div class="variables" role="group" aria-label={t('options.variables.label')}>
      <span aria-hidden="true">{t('options.variables.label')}:</span>
      {VARIABLE_NAMES.map((name) => (
        <button
          key={name}
          type="button"
          class="chip"
          onClick={() => {
            const area = props.target.current;
            if (!area) return;
            props.onChange(insertAtCaret(area, `{${name}}`));
            area.focus();
          }}
        >
          {t(`options.variable.${name}`)} <code>{`{${name}}`}</code>
        </button>
      ))}
    </div>
  );
}
