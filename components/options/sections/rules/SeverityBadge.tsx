import type { Severity } from '../../../../lib/core/model/pack';
import { useI18n } from '../../../shared/i18n';

export function SeverityBadge(props: { severity: Severity }) {
  const { t } = useI18n();
  return (
    <span class={`badge severity-${props.severity}`}>
      {t(`options.severity.${props.severity}`)}
    </span>
  );
}
