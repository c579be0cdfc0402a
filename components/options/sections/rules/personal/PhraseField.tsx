import { useId } from 'preact/hooks';
import { useI18n } from '../../../../shared/i18n';
import { addPlainSpellings } from './diacritics';
import { lines } from './rule-draft';

/** The phrases and forms a personal rule flags, one per line, with the no-diacritics helper. */
export function PhraseField(props: { value: string; onChange: (value: string) => void }) {
  const { t } = useI18n();
  const id = useId();
  return (
    <div class="field">
      <label for={id}>{t('options.personal.phrases')}</label>
      <p class="hint" id={`${id}-hint`}>
        {t('options.personal.phrasesHint')}
      </p>
      <textarea
        id={id}
        rows={4}
        value={props.value}
        aria-describedby={`${id}-hint`}
        data-testid="personal-phrases"
        onInput={(event) => props.onChange(event.currentTarget.value)}
      />
      <button
        type="button"
        data-testid="add-plain-spellings"
        onClick={() => props.onChange(addPlainSpellings(lines(props.value)).join('\n'))}
      >
        {t('options.personal.addPlain')}
      </button>
    </div>
  );
}
