import { useId, useState } from 'preact/hooks';
import type { Settings } from '../../../../lib/core/model/settings';
import { updateSettings } from '../../../../lib/data/settings';
import { fillTemplate } from '../../../../lib/core/engine/template';
import { useI18n } from '../../../shared/i18n';
import { useDb } from '../../data/db-context';

type Identity = Pick<Settings, 'agentName' | 'agentSurname' | 'company'>;

const FIELDS: ReadonlyArray<keyof Identity> = ['agentName', 'agentSurname', 'company'];

/** The agent's own name, surname and company, filled into suggestions («Mans vārds ir …»). */
export function AgentIdentityForm(props: { settings: Settings }) {
  const { t } = useI18n();
  const db = useDb();
  const id = useId();
  const [draft, setDraft] = useState<Identity>({
    agentName: props.settings.agentName,
    agentSurname: props.settings.agentSurname,
    company: props.settings.company,
  });
  const [saved, setSaved] = useState(false);

  const save = async (event: Event) => {
    event.preventDefault();
    await updateSettings(db, {
      agentName: draft.agentName.trim(),
      agentSurname: draft.agentSurname.trim(),
      company: draft.company.trim(),
    });
    setSaved(true);
  };

  const preview = fillTemplate(t('options.profile.previewTemplate'), draft).text;
  return (
    <form class="identity" onSubmit={(event) => void save(event)} data-testid="identity-form">
      <h3>{t('options.profile.identityTitle')}</h3>
      <p class="hint">{t('options.profile.identityHint')}</p>
      <div class="field-row">
        {FIELDS.map((field) => (
          <div class="field" key={field}>
            <label for={`${id}-${field}`}>{t(`options.variable.${field}`)}</label>
            <input
              id={`${id}-${field}`}
              type="text"
              autocomplete={
                field === 'agentName'
                  ? 'given-name'
                  : field === 'agentSurname'
                    ? 'family-name'
                    : 'organization'
              }
              value={draft[field]}
              data-testid={`identity-${field}`}
              onInput={(event) => {
                setSaved(false);
                setDraft({ ...draft, [field]: event.currentTarget.value });
              }}
            />
          </div>
        ))}
      </div>
      <p class="preview">
        {t('options.profile.preview')}: «{preview}»
      </p>
      <button type="submit" class="primary">
        {t('options.action.save')}
      </button>
      {saved ? <p role="status">{t('options.profile.saved')}</p> : null}
    </form>
  );
}
