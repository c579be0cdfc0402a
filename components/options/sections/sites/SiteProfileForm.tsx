import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { putSiteProfile } from '../../../../lib/data/sites';
import { PROFILE_VARIABLES, type ProfileVariable } from '../../../../lib/core/model/settings';
import { CHANNELS, type Channel } from '../../../../lib/core/model/pack';
import { useI18n } from '../../../shared/i18n';
import { useDb } from '../../data/db-context';
import { profileFromDraft, type DraftProblem, type ProfileDraft } from './profile-draft';

/**
 * Edits a site profile: which page elements hold the customer's name, the agent's name and so
 * on (CSS selectors), and which fields are which channel.
 */
export function SiteProfileForm(props: { initial: ProfileDraft; onDone: () => void }) {
  const { t } = useI18n();
  const db = useDb();
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const [draft, setDraft] = useState<ProfileDraft>(props.initial);
  const [problems, setProblems] = useState<DraftProblem[]>([]);
  useEffect(() => heading.current?.focus(), []);

  const patch = (next: Partial<ProfileDraft>) => setDraft((d) => ({ ...d, ...next }));
  const setVariable = (i: number, next: Partial<{ variable: ProfileVariable; selector: string }>) =>
    patch({ variables: draft.variables.map((v, j) => (j === i ? { ...v, ...next } : v)) });
  const setChannel = (i: number, next: Partial<{ selector: string; channel: Channel }>) =>
    patch({ channels: draft.channels.map((c, j) => (j === i ? { ...c, ...next } : c)) });

  const save = async (event: Event) => {
    event.preventDefault();
    const result = profileFromDraft(draft, Date.now());
    if (!result.ok) {
      setProblems(result.problems);
      return;
    }
    await putSiteProfile(db, result.profile);
    props.onDone();
  };

  return (
    <form
      class="profile-form"
      data-testid="site-profile-form"
      onSubmit={(event) => void save(event)}
    >
      <h4 ref={heading} tabIndex={-1}>
        {t('options.sites.profileFormTitle')}
      </h4>
      <div class="field-row">
        <div class="field">
          <label for={`${id}-name`}>{t('options.sites.profileName')}</label>
          <input
            id={`${id}-name`}
            type="text"
            value={draft.name}
            data-testid="profile-name"
            onInput={(event) => patch({ name: event.currentTarget.value })}
          />
        </div>
        <div class="field">
          <label for={`${id}-site`}>{t('options.sites.profileSite')}</label>
          <input
            id={`${id}-site`}
            type="text"
            value={draft.site}
            placeholder="crm.example.lv"
            data-testid="profile-site"
            onInput={(event) => patch({ site: event.currentTarget.value })}
          />
        </div>
        <div class="field">
          <label for={`${id}-prefix`}>{t('options.sites.profilePrefix')}</label>
          <input
            id={`${id}-prefix`}
            type="text"
            value={draft.pathPrefix}
            placeholder="/tickets/"
            onInput={(event) => patch({ pathPrefix: event.currentTarget.value })}
          />
        </div>
      </div>
      <fieldset>
        <legend>{t('options.sites.variables')}</legend>
        {draft.variables.map((row, i) => (
          <div class="selector-row" key={i}>
            <select
              aria-label={t('options.sites.variableN', { n: i + 1 })}
              value={row.variable}
              onChange={(event) =>
                setVariable(i, { variable: event.currentTarget.value as ProfileVariable })
              }
            >
              {PROFILE_VARIABLES.map((name) => (
                <option key={name} value={name}>
                  {t(`options.variable.${name}`)}
                </option>
              ))}
            </select>
            <input
              type="text"
              value={row.selector}
              placeholder="#customer-name"
              aria-label={t('options.sites.selectorN', { n: i + 1 })}
              data-testid="variable-selector"
              onInput={(event) => setVariable(i, { selector: event.currentTarget.value })}
            />
            <button
              type="button"
              onClick={() => patch({ variables: draft.variables.filter((_, j) => j !== i) })}
            >
              {t('options.action.remove')}
            </button>
          </div>
        ))}
        <button
          type="button"
          data-testid="add-variable"
          onClick={() =>
            patch({ variables: [...draft.variables, { variable: 'customerName', selector: '' }] })
          }
        >
          {t('options.sites.addVariable')}
        </button>
      </fieldset>
      <fieldset>
        <legend>{t('options.sites.channels')}</legend>
        {draft.channels.map((row, i) => (
          <div class="selector-row" key={i}>
            <input
              type="text"
              value={row.selector}
              placeholder="#reply"
              aria-label={t('options.sites.fieldSelectorN', { n: i + 1 })}
              onInput={(event) => setChannel(i, { selector: event.currentTarget.value })}
            />
            <select
              aria-label={t('options.sites.channelN', { n: i + 1 })}
              value={row.channel}
              onChange={(event) => setChannel(i, { channel: event.currentTarget.value as Channel })}
            >
              {CHANNELS.map((channel) => (
                <option key={channel} value={channel}>
                  {t(`options.channel.${channel}`)}
                </option>
              ))}
            </select>
            <button
              type="button"
              onClick={() => patch({ channels: draft.channels.filter((_, j) => j !== i) })}
            >
              {t('options.action.remove')}
            </button>
          </div>
        ))}
        <button
          type="button"
          onClick={() =>
            patch({ channels: [...draft.channels, { selector: '', channel: 'chat' }] })
          }
        >
          {t('options.sites.addChannel')}
        </button>
      </fieldset>
      {problems.length > 0 ? (
        <ul role="alert" class="problems" data-testid="profile-problems">
          {problems.map((p, i) => (
            <li key={i}>{t(p.key, p.params)}</li>
          ))}
        </ul>
      ) : null}
      <div class="actions">
        <button type="submit" class="primary" data-testid="save-profile">
          {t('options.action.save')}
        </button>
        <button type="button" onClick={props.onDone}>
          {t('options.action.cancel')}
        </button>
      </div>
    </form>
  );
}
