import type { ObjectionCard } from '../../../lib/core/model/script';
import type { CompiledScript } from '../../../lib/core/scripts/compile';
import { localized } from '../../../lib/core/model/text';
import { useI18n } from '../i18n';
import { SayText } from './SayText';

/**
 * An open objection card: what to say to it, the agent's notes, and the way back to the step
 * (or on to the card's own step), `[data-laipni="script-objection-card"]`.
 */
export function ObjectionCardView(props: {
  c: CompiledScript;
  card: ObjectionCard;
  fill: (text: string) => string;
  onInsert: (text: string) => void;
  onReturn: () => void;
}) {
  const { t, locale } = useI18n();
  const { card, c } = props;
  const to = card.returnTo ? c.steps.get(card.returnTo)?.step : undefined;
  return (
    <section
      class="script-objection-card"
      data-laipni="script-objection-card"
      data-objection={card.id}
      aria-labelledby="sb-objection-title"
      tabIndex={-1}
    >
      <h3 id="sb-objection-title">
        {t('sidebar.script.objectionTitle', { label: localized(card.label, locale) })}
      </h3>
      <SayText variants={card.say.map(props.fill)} onInsert={props.onInsert} />
      {card.notes && (
        <p class="script-notes">
          <span class="script-label">{t('sidebar.script.notes')}</span>{' '}
          {localized(card.notes, locale)}
        </p>
      )}
      <button type="button" class="primary" data-laipni="script-return" onClick={props.onReturn}>
        {to
          ? t('sidebar.script.returnTo', { title: localized(to.title, locale) })
          : t('sidebar.script.return')}
      </button>
    </section>
  );
}
