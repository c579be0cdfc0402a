import { PHASES, type Phase } from '../../../../lib/core/model/pack';
import { useI18n } from '../../../shared/i18n';

export const PHASE_KEYS = {
  opening: 'sidebar.phase.opening',
  body: 'sidebar.phase.body',
  closing: 'sidebar.phase.closing',
} as const;

/** opening → body → closing; the current phase is pressed, any other can be chosen by hand. */
export function PhaseSwitch(props: { phase: Phase; onChange: (phase: Phase) => void }) {
  const { t } = useI18n();
  return (
    <div class="phases" role="group" aria-label={t('sidebar.call.phases')}>
      {PHASES.map((phase) => (
        <button
          key={phase}
          type="button"
          class="phase"
          data-laipni="phase"
          data-phase={phase}
          aria-pressed={phase === props.phase}
          onClick={() => props.onChange(phase)}
        >
          {t(PHASE_KEYS[phase])}
        </button>
      ))}
    </div>
  );
}
