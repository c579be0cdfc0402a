import { useI18n } from '../../../shared/i18n';
import { ProblemList } from '../../common/ProblemList';
import { localized } from '../../../../lib/core/model/text';
import type { ImportAttempt } from './PackImport';

/** What an import did: installed (with warnings), or refused with every problem listed. */
export function ImportOutcome(props: {
  attempt: ImportAttempt;
  document: unknown;
  onConfirmDowngrade: () => void;
}) {
  const { t, locale } = useI18n();
  const { result, fileName } = props.attempt;
  if (result.ok) {
    return (
      <div role="status" class="success" data-testid="import-success">
        <p>
          {t(`options.packs.action.${result.action}`, {
            name: result.pack.name,
            version: result.pack.version,
            file: fileName,
          })}
        </p>
        {result.warnings.length > 0 ? (
          <ul>
            {result.warnings.map((w, i) => (
              <li key={i}>
                {w.path ? <code>{w.path}</code> : null} {localized(w, locale)}
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    );
  }
  return (
    <div data-testid="import-failure">
      <p>{t('options.packs.importFailed', { file: fileName })}</p>
      <ProblemList problems={result.errors} document={props.document} />
      {result.reason === 'downgrade' ? (
        <button type="button" onClick={props.onConfirmDowngrade} data-testid="confirm-downgrade">
          {t('options.packs.confirmDowngrade', {
            installed: result.installedVersion ?? '',
            incoming: result.incomingVersion ?? '',
          })}
        </button>
      ) : null}
    </div>
  );
}
