import { useI18n } from '../../../shared/i18n';
import { SitePolicyNotice } from './SitePolicyNotice';
import { SiteProfileList } from './SiteProfileList';
import { SiteSwitchList } from './SiteSwitchList';
import './section.css';

/** Where Laipni works, and what it reads from each CRM page. */
export function SitesSection() {
  const { t } = useI18n();
  return (
    <section aria-labelledby="sites-title" class="section">
      <h2 id="sites-title">{t('options.sites.title')}</h2>
      <SitePolicyNotice />
      <SiteSwitchList />
      <SiteProfileList />
    </section>
  );
}
