import { getSettings } from '../../../../lib/data/settings';
import { useI18n } from '../../../shared/i18n';
import { useDb } from '../../data/db-context';
import { useLiveQuery } from '../../data/use-live-query';
import { AgentIdentityForm } from './AgentIdentityForm';
import { LanguagePicker } from './LanguagePicker';
import { SidebarModePicker } from './SidebarModePicker';
import './section.css';

/** The agent's name, surname and company, the UI language and where the sidebar shows. */
export function ProfileSection() {
  const { t } = useI18n();
  const db = useDb();
  const settings = useLiveQuery(() => getSettings(db), [db]);
  return (
    <section aria-labelledby="profile-title" class="section">
      <h2 id="profile-title">{t('options.profile.title')}</h2>
      {settings.state === 'ready' ? <AgentIdentityForm settings={settings.value} /> : null}
      <LanguagePicker />
      {settings.state === 'ready' ? <SidebarModePicker settings={settings.value} /> : null}
    </section>
  );
}
