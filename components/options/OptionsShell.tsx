import { useEffect, useState } from 'preact/hooks';
import { useI18n } from '../shared/i18n';
import { useDb } from './data/db-context';
import { loadPolicyView } from './data/policy';
import { useLiveQuery } from './data/use-live-query';
import { SectionTabs, panelId, tabId } from './nav/SectionTabs';
import { sectionFromHash } from './nav/sections';
import { SECTIONS, type SectionId } from './sections';
import './common/common.css';
import './shell.css';

/** Header, privacy sentence, section tabs and the open section. The hash keeps the section. */
export function OptionsShell() {
  const { t } = useI18n();
  const [current, setCurrent] = useState<SectionId>(() => sectionFromHash(location.hash));
  const db = useDb();
  const policy = useLiveQuery(() => loadPolicyView(db), [db]);
  // With the company's activity export on, "nothing is sent" would no longer be true.
  const exportUrl = policy.state === 'ready' ? policy.value.policy.activityExportUrl : undefined;

  useEffect(() => {
    document.title = t('options.title');
  }, [t]);

  useEffect(() => {
    const onHash = () => setCurrent(sectionFromHash(location.hash));
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);

  const select = (id: SectionId) => {
    setCurrent(id);
    history.replaceState(null, '', `#${id}`);
  };

  const Section = (SECTIONS.find((section) => section.id === current) ?? SECTIONS[0]).component;
  return (
    <div class="options" data-laipni="options">
      <header class="options-header">
        <h1>{t('options.title')}</h1>
        <p class="privacy" data-testid="privacy">
          {exportUrl ? t('options.privacyExport', { url: exportUrl }) : t('options.privacy')}
        </p>
      </header>
      <nav aria-label={t('options.nav.label')}>
        <SectionTabs current={current} onSelect={select} />
      </nav>
      <main>
        <div
          id={panelId(current)}
          class="section-panel"
          role="tabpanel"
          aria-labelledby={tabId(current)}
          tabIndex={0}
          data-section={current}
        >
          <Section />
        </div>
      </main>
    </div>
  );
}
