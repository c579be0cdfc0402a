import type { MessageKey } from '../../../../lib/core/i18n/lv';
import type { RestorePreview } from '../../../../lib/data/backup/preview';
import { useI18n } from '../../../shared/i18n';

function List(props: { title: MessageKey; items: string[]; hook: string }) {
  const { t } = useI18n();
  if (props.items.length === 0) return null;
  return (
    <div data-testid={props.hook}>
      <p>{t(props.title)}</p>
      <ul>
        {props.items.map((item) => (
          <li key={item}>
            <code>{item}</code>
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * What a restore would change besides the personal rows (subscriptions, trusted keys, the
 * contact-key secret), shown before the agent confirms. Texts come from the file, shown as
 * text only.
 */
export function RestoreChanges(props: { preview: RestorePreview; changed: boolean }) {
  const { t } = useI18n();
  const { subscriptions, pinnedKeys, secretReplaced } = props.preview;
  if (!props.changed)
    return <p data-testid="restore-no-other-changes">{t('options.backup.noOtherChanges')}</p>;
  return (
    <div class="restore-changes" data-testid="restore-changes">
      <h4>{t('options.backup.changesTitle')}</h4>
      <List
        title="options.backup.subsAdded"
        items={subscriptions?.added ?? []}
        hook="restore-subs-added"
      />
      <List
        title="options.backup.subsRemoved"
        items={subscriptions?.removed ?? []}
        hook="restore-subs-removed"
      />
      <List
        title="options.backup.keysAdded"
        items={(pinnedKeys?.added ?? []).map((k) => k.fingerprint)}
        hook="restore-keys-added"
      />
      <List
        title="options.backup.keysRemoved"
        items={(pinnedKeys?.removed ?? []).map((k) => k.fingerprint)}
        hook="restore-keys-removed"
      />
      {secretReplaced && <p data-testid="restore-secret">{t('options.backup.secretReplaced')}</p>}
    </div>
  );
}
