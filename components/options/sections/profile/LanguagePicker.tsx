import { useId } from 'preact/hooks';
import { updateSettings } from '../../../../lib/data/settings';
import { isLanguage, LANGUAGES } from '../../../../lib/core/model/text';
import { useI18n } from '../../../shared/i18n';
import { useDb } from '../../data/db-context';

/**
 * The UI language. It is stored in settings; the page (and the sidebar) follow the stored value,
 * so the switch takes effect at once without a reload.
 */
export function LanguagePicker() {
  const { t, locale } = useI18n();
  const db = useDb();
  const id = useId();
  return (
    <div class="field language">
      <h3>{t('options.language')}</h3>
      <label for={id}>{t('options.profile.languageLabel')}</label>
      <select
        id={id}
        value={locale}
        data-testid="language"
        onChange={(event) => {
          const value = event.currentTarget.value;
          if (isLanguage(value)) void updateSettings(db, { uiLanguage: value });
        }}
      >
        {LANGUAGES.map((code) => (
          <option key={code} value={code} lang={code}>
            {t(`language.${code}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
