import { createContext, type ComponentChildren } from 'preact';
import { useContext, useMemo } from 'preact/hooks';
import {
  createTranslator,
  DEFAULT_UI_LOCALE,
  type Translate,
  type UiLocale,
} from '../lib/core/i18n/translate';

interface I18n {
  locale: UiLocale;
  t: Translate;
}

const I18nContext = createContext<I18n>({
  locale: DEFAULT_UI_LOCALE,
  t: createTranslator(DEFAULT_UI_LOCALE),
});

export function I18nProvider(props: { locale: UiLocale; children: ComponentChildren }) {
  const value = useMemo(
    () => ({ locale: props.locale, t: createTranslator(props.locale) }),
    [props.locale],
  );
  return <I18nContext.Provider value={value}>{props.children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  return useContext(I18nContext);
}
