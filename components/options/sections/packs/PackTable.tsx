import { useI18n } from '../../../shared/i18n';
import { PackRow, type PackListItem } from './PackRow';

/** The installed packs, lowest layer first (built-in, then by priority). */
export function PackTable(props: { packs: readonly PackListItem[] }) {
  const { t } = useI18n();
  return (
    <div class="table-wrap">
      <table class="packs" data-testid="pack-table">
        <caption>{t('options.packs.installed')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('options.packs.col.name')}</th>
            <th scope="col">{t('options.packs.col.version')}</th>
            <th scope="col">{t('options.packs.col.source')}</th>
            <th scope="col">{t('options.packs.col.updated')}</th>
            <th scope="col">{t('options.packs.col.status')}</th>
            <th scope="col">{t('options.packs.col.priority')}</th>
            <th scope="col">{t('options.packs.col.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {props.packs.map((pack) => (
            <PackRow key={`${pack.id}:${pack.priority}`} pack={pack} />
          ))}
        </tbody>
      </table>
    </div>
  );
}
