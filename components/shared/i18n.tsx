import { createContext, type ComponentChildren } from 'preact';
import { useContext, useMemo } from 'preact/hooks';
import { createTranslator, type Translate } from '../../lib/core/i18n/translate';
import { DEFAULT_LANGUAGE, type Language } from '../../lib/core/model/text';

interface I18n {
  locale: Language;
  t: Translate;
}

const I18nContext = createContext<I18n>({
  locale: DEFAULT_LANGUAGE,
  t: createTranslator(DEFAULT_LANGUAGE),
});

export function I18nProvider(props: { locale: Language; children: ComponentChildren }) {
  const value = useMemo(
    () => ({ locale: props.locale, t: createTranslator(props.locale) }),
    [props.locale],
  );
  return <I18nContext.Provider value={value}>{props.children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  return useContext(I18nContext);
}
