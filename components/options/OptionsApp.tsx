import { useEffect } from 'preact/hooks';
import { getDatabase, type LaipniDb } from '../../lib/data/database';
import { getSettings } from '../../lib/data/settings';
import { DEFAULT_LANGUAGE } from '../../lib/core/model/text';
import { I18nProvider } from '../shared/i18n';
import { DbProvider, useDb } from './data/db-context';
import { useLiveQuery } from './data/use-live-query';
import { OptionsShell } from './OptionsShell';

/**
 * The options page. The UI language comes from the stored settings and follows them live, so
 * choosing English in the profile section (or in another tab) switches the page at once.
 */
export function OptionsApp(props: { db?: LaipniDb }) {
  return (
    <DbProvider db={props.db ?? getDatabase()}>
      <LocalizedOptions />
    </DbProvider>
  );
}

function LocalizedOptions() {
  const db = useDb();
  const settings = useLiveQuery(() => getSettings(db), [db]);
  const locale = settings.state === 'ready' ? settings.value.uiLanguage : DEFAULT_LANGUAGE;
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  return (
    <I18nProvider locale={locale}>
      <OptionsShell />
    </I18nProvider>
  );
}
