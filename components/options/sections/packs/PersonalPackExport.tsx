import { exportPersonalPack } from '../../../../lib/data/personal-export';
import { serializePack } from '../../../../lib/core/packs/export';
import { getSettings } from '../../../../lib/data/settings';
import { useI18n } from '../../../shared/i18n';
import { downloadText, fileDate } from '../../common/download';
import { useDb } from '../../data/db-context';

/** The agent's own rules and edits as a pack file a lead can review and publish to the team. */
export function PersonalPackExport() {
  const { t } = useI18n();
  const db = useDb();
  const run = async () => {
    const settings = await getSettings(db);
    const author = [settings.agentName, settings.agentSurname].filter(Boolean).join(' ');
    const pack = await exportPersonalPack(db, {
      id: 'personal.export',
      name: t('options.packs.personalPackName'),
      author: author || t('options.packs.personalPackName'),
      version: '1.0.0',
    });
    downloadText(`laipni-personal-${fileDate()}.json`, serializePack(pack));
  };
  return (
    <div class="personal-export">
      <h3>{t('options.packs.personalTitle')}</h3>
      <p class="hint">{t('options.packs.personalHint')}</p>
      <button type="button" onClick={() => void run()} data-testid="export-personal">
        {t('options.packs.personalButton')}
      </button>
    </div>
  );
}
