import { useState } from 'preact/hooks';
import { UI_LOCALES, type UiLocale } from '../../lib/i18n/translate';
import { I18nProvider, useI18n } from '../i18n';

export function OptionsApp() {
  const [locale, setLocale] = useState<UiLocale>('lv');
  return (
    <I18nProvider locale={locale}>
      <OptionsPage onLocale={setLocale} />
    </I18nProvider>
  );
}

function OptionsPage(props: { onLocale: (locale: UiLocale) => void }) {
  const { t, locale } = useI18n();
  return (
    <main data-laipni="options" lang={locale}>
      <h1>{t('options.title')}</h1>
      <p>{t('options.privacy')}</p>
      <label>
        {t('options.language')}{' '}
        <select
          value={locale}
          onChange={(event) => props.onLocale(event.currentTarget.value as UiLocale)}
        >
          {UI_LOCALES.map((code) => (
            <option key={code} value={code}>
              {t(`language.${code}`)}
            </option>
          ))}
        </select>
      </label>
    </main>
  );
}
