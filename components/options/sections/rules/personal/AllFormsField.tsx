import { useI18n } from '../../../../shared/i18n';

/** Where the forms of the rule's words stand: not asked for, loading, ready or failed. */
export type FormsState =
  | { status: 'off' }
  | { status: 'loading' }
  | { status: 'ready'; forms: ReadonlyMap<string, readonly string[]> }
  | { status: 'failed'; error: string };

const SHOWN = 40;

/**
 * "All forms of this word": the agent writes dictionary forms («vaina», «nezināt») and sees the
 * inflected forms the rule will match before saving.
 */
export function AllFormsField(props: {
  checked: boolean;
  state: FormsState;
  onChange: (checked: boolean) => void;
}) {
  const { t } = useI18n();
  const { state } = props;
  return (
    <div class="field all-forms">
      <label class="check">
        <input
          type="checkbox"
          checked={props.checked}
          data-testid="personal-all-forms"
          onChange={(event) => props.onChange(event.currentTarget.checked)}
        />
        {t('options.personal.allForms')}
      </label>
      {props.checked ? (
        <div class="hint" data-testid="personal-forms-preview" aria-live="polite">
          <p>{t('options.personal.allFormsHint')}</p>
          {state.status === 'loading' ? <p>{t('options.personal.formsLoading')}</p> : null}
          {state.status === 'failed' ? (
            <p class="notice">{t('options.personal.formsFailed', { error: state.error })}</p>
          ) : null}
          {state.status === 'ready' ? (
            <ul>
              {[...state.forms].map(([lemma, forms]) => (
                <li key={lemma} data-lemma={lemma}>
                  <strong>{lemma}</strong> (
                  {t('options.personal.formsCount', { count: String(forms.length) })}):{' '}
                  {forms.slice(0, SHOWN).join(', ')}
                  {forms.length > SHOWN ? ', …' : ''}
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
