import { useId, useRef } from 'preact/hooks';
import { useI18n } from '../../../../shared/i18n';
import { VariableButtons } from '../../../common/VariableButtons';

/** Better phrases, one per line, with buttons that insert {variables}. */
export function SuggestionsField(props: { value: string; onChange: (value: string) => void }) {
  const { t } = useI18n();
  const id = useId();
  const area = useRef<HTMLTextAreaElement>(null);
  return (
    <div class="field">
      <label for={id}>{t('options.personal.suggestions')}</label>
      <p class="hint" id={`${id}-hint`}>
        {t('options.personal.suggestionsHint')}
      </p>
      <textarea
        id={id}
        ref={area}
        rows={3}
        value={props.value}
        aria-describedby={`${id}-hint`}
        data-testid="personal-suggestions"
        onInput={(event) => props.onChange(event.currentTarget.value)}
      />
      <VariableButtons target={area} onChange={props.onChange} />
    </div>
  );
}
