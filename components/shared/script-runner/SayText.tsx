import { useState } from 'preact/hooks';
import { useI18n } from '../i18n';

/**
 * What to say, slots filled (the customer in the vocative), one variant at a time, with
 * "Insert", which puts it into the CRM field the agent last worked in through the same
 * undo-safe path as a suggestion. Pack text is rendered as text.
 */
export function SayText(props: {
  /** The filled variants. */
  variants: readonly string[];
  onInsert: (text: string) => void;
  busy?: boolean;
}) {
  const { t } = useI18n();
  const [index, setIndex] = useState(0);
  const total = props.variants.length;
  const at = total === 0 ? 0 : index % total;
  const text = props.variants[at] ?? '';
  return (
    <div class="script-say-box">
      <p class="script-say-label">{t('sidebar.script.say')}</p>
      <p class="script-say" data-laipni="script-say" lang="lv">
        {text}
      </p>
      <div class="button-row">
        <button
          type="button"
          class="primary"
          data-laipni="script-insert"
          disabled={props.busy}
          onClick={() => props.onInsert(text)}
        >
          {t('sidebar.script.insert')}
        </button>
        {total > 1 && (
          <button type="button" data-laipni="script-variant" onClick={() => setIndex(at + 1)}>
            {t('sidebar.script.otherVariant')} ({t('sidebar.script.variant', { n: at + 1, total })})
          </button>
        )}
      </div>
    </div>
  );
}
