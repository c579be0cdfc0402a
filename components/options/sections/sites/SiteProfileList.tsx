import { useState } from 'preact/hooks';
import { deleteSiteProfile, listSiteProfiles } from '../../../../lib/data/sites';
import { useI18n } from '../../../shared/i18n';
import { useDb } from '../../data/db-context';
import { useLiveQuery } from '../../data/use-live-query';
import { draftFromProfile, emptyProfileDraft, type ProfileDraft } from './profile-draft';
import { SiteProfileForm } from './SiteProfileForm';

function newProfileId(): string {
  return `profile-${Date.now().toString(36)}-${Math.floor(Math.random() * 1e6).toString(36)}`;
}

/** Site profiles: what Laipni reads from each CRM page. */
export function SiteProfileList() {
  const { t } = useI18n();
  const db = useDb();
  const profiles = useLiveQuery(() => listSiteProfiles(db), [db]);
  const [editing, setEditing] = useState<ProfileDraft | null>(null);
  const list =
    profiles.state === 'ready'
      ? [...profiles.value].sort(
          (a, b) => a.site.localeCompare(b.site) || a.name.localeCompare(b.name),
        )
      : [];

  return (
    <div class="site-profiles">
      <h3>{t('options.sites.profilesTitle')}</h3>
      <p class="hint">{t('options.sites.profilesHint')}</p>
      {list.length === 0 ? <p class="muted">{t('options.sites.noProfiles')}</p> : null}
      <ul class="profile-list" data-testid="profile-list">
        {list.map((profile) => {
          const labelId = `profile-${profile.id}`;
          const readOnly = profile.source !== 'user';
          return (
            <li key={profile.id} data-profile={profile.id}>
              <strong id={labelId}>{profile.name}</strong> <code>{profile.site}</code>
              {profile.pathPrefix ? <code>{profile.pathPrefix}</code> : null}
              <ul class="selectors">
                {profile.variables.map((v, i) => (
                  <li key={i}>
                    {t(`options.variable.${v.variable}`)}: <code>{v.selector}</code>
                  </li>
                ))}
                {profile.channels.map((c, i) => (
                  <li key={`c${i}`}>
                    {t(`options.channel.${c.channel}`)}: <code>{c.selector}</code>
                  </li>
                ))}
              </ul>
              {readOnly ? (
                <span class="muted">{t(`options.sites.source.${profile.source}`)}</span>
              ) : (
                <div class="actions" role="group" aria-labelledby={labelId}>
                  <button type="button" onClick={() => setEditing(draftFromProfile(profile))}>
                    {t('options.action.edit')}
                  </button>
                  <button type="button" onClick={() => void deleteSiteProfile(db, profile.id)}>
                    {t('options.action.delete')}
                  </button>
                </div>
              )}
            </li>
          );
        })}
      </ul>
      {editing ? (
        <SiteProfileForm initial={editing} onDone={() => setEditing(null)} />
      ) : (
        <button
          type="button"
          data-testid="add-profile"
          onClick={() => setEditing(emptyProfileDraft(newProfileId()))}
        >
          {t('options.sites.addProfile')}
        </button>
      )}
    </div>
  );
}
