import type { ChecklistItem } from '../../../../lib/core/model/pack';
import { useI18n } from '../../../shared/i18n';

/** What typed text ticks an item, or that it is ticked by hand. */
export function DetectSummary(props: { item: ChecklistItem }) {
  const { t } = useI18n();
  const phrases = props.item.detect?.phrases ?? [];
  const variables = props.item.detect?.variables ?? [];
  if (phrases.length === 0 && variables.length === 0)
    return <p class="hint">{t('options.checklists.manual')}</p>;
  const parts = [
    ...phrases.map((p) => `«${p}»`),
    ...variables.map((v) => t(`options.variable.${v}`)),
  ];
  return <p class="hint">{t('options.checklists.ticksOn', { list: parts.join(', ') })}</p>;
}
