import { useState } from 'preact/hooks';
import { exportInstalledPack } from '../../../../lib/data/pack-import';
import { type PackSummary } from '../../../../lib/core/model/installed-pack';
import type { SubscriptionSignature } from '../../../../lib/core/model/distribution';
import { removePack, setPackPriority, setPackStatus } from '../../../../lib/data/packs';
import { useI18n } from '../../../shared/i18n';
import { downloadText } from '../../common/download';
import { formatDateTime } from '../../common/format';
import { localized } from '../../../../lib/core/model/text';
import { useDb } from '../../data/db-context';

/** A pack as the list shows it, with whether it was signed (built-in packs: not marked). */
export type PackListItem = PackSummary & { signature?: SubscriptionSignature };

/** One installed pack: what it is, where it came from, and what the agent may do with it. */
export function PackRow(props: { pack: PackListItem }) {
  const { t, locale } = useI18n();
  const db = useDb();
  const { pack } = props;
  const [confirming, setConfirming] = useState(false);
  const [priority, setPriority] = useState(String(pack.priority));
  const builtin = pack.source === 'builtin';
  const managed = pack.source === 'policy';
  const nameId = `pack-name-${pack.id}`;

  const savePriority = () => {
    const value = Number(priority);
    if (Number.isInteger(value) && value !== pack.priority)
      void setPackPriority(db, pack.id, value);
    else setPriority(String(pack.priority));
  };

  const exportPack = async () => {
    const text = await exportInstalledPack(db, pack.id);
    if (text) downloadText(`${pack.id}-${pack.version}.json`, text);
  };

  return (
    <tr data-pack={pack.id} data-testid={`pack-${pack.id}`}>
      <th scope="row" id={nameId}>
        {pack.name}
        <br />
        <code class="muted">{pack.id}</code>
      </th>
      <td>{pack.version}</td>
      <td>
        {t(`options.source.${pack.source}`)}
        {pack.origin ? (
          <>
            <br />
            <span class="muted origin">{pack.origin}</span>
          </>
        ) : null}
      </td>
      <td>{formatDateTime(pack.updatedAt, locale)}</td>
      <td>
        <span class={`badge status-${pack.status}`}>{t(`options.packStatus.${pack.status}`)}</span>
        {pack.signature ? (
          <>
            {' '}
            <span
              class={`badge signature-${pack.signature}`}
              data-testid="pack-signature"
              data-signature={pack.signature}
            >
              {t(`trust.signature.${pack.signature}`)}
            </span>
          </>
        ) : null}
        {pack.statusMessage ? (
          <span class="status-message">{localized(pack.statusMessage, locale)}</span>
        ) : null}
        <br />
        <span class="muted">{t('options.packs.ruleCount', { count: pack.ruleCount })}</span>
      </td>
      <td>
        {builtin ? (
          <span class="muted">{t('options.packs.base')}</span>
        ) : (
          <input
            type="number"
            step={1}
            class="priority"
            value={priority}
            aria-label={t('options.packs.priorityOf', { name: pack.name })}
            data-testid="pack-priority"
            onInput={(event) => setPriority(event.currentTarget.value)}
            onChange={savePriority}
          />
        )}
      </td>
      <td>
        <div class="actions" role="group" aria-labelledby={nameId}>
          <button type="button" onClick={() => void exportPack()} data-testid="export-pack">
            {t('options.packs.export')}
          </button>
          {!builtin && !managed ? (
            <button
              type="button"
              data-testid="toggle-pack"
              onClick={() =>
                void setPackStatus(db, pack.id, pack.status === 'active' ? 'disabled' : 'active')
              }
            >
              {t(pack.status === 'active' ? 'options.packs.disable' : 'options.packs.enable')}
            </button>
          ) : null}
          {!builtin && !managed && !confirming ? (
            <button type="button" data-testid="remove-pack" onClick={() => setConfirming(true)}>
              {t('options.action.remove')}
            </button>
          ) : null}
          {confirming ? (
            <span role="group" aria-label={t('options.packs.confirmRemove', { name: pack.name })}>
              <span>{t('options.packs.confirmRemove', { name: pack.name })}</span>{' '}
              <button
                type="button"
                class="danger"
                data-testid="confirm-remove-pack"
                onClick={() => void removePack(db, pack.id)}
              >
                {t('options.action.remove')}
              </button>
              <button type="button" onClick={() => setConfirming(false)}>
                {t('options.action.cancel')}
              </button>
            </span>
          ) : null}
          {managed ? <span class="muted">{t('options.packs.managed')}</span> : null}
        </div>
      </td>
    </tr>
  );
}
