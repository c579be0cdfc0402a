import type { ObjectionCard } from '../../../lib/core/model/script';
import { localized } from '../../../lib/core/model/text';
import { useI18n } from '../i18n';

/** The objection cards, reachable from any step («Dārgi», «Nav laika», …). */
export function ObjectionBar(props: {
  cards: readonly ObjectionCard[];
  open: string | undefined;
  disabled: boolean;
  onOpen: (card: string) => void;
}) {
  const { t, locale } = useI18n();
  if (props.cards.length === 0) return null;
  return (
    <div class="script-objections" role="group" aria-labelledby="sb-script-objections">
      <p id="sb-script-objections" class="script-label">
        {t('sidebar.script.objections')}
      </p>
      <div class="chip-row">
        {props.cards.map((card) => (
          <button
            key={card.id}
            type="button"
            class="chip"
            data-laipni="script-objection"
            data-objection={card.id}
            aria-pressed={props.open === card.id}
            disabled={props.disabled}
            onClick={() => props.onOpen(card.id)}
          >
            {localized(card.label, locale)}
          </button>
        ))}
      </div>
    </div>
  );
}
