import { useEffect, useState } from 'preact/hooks';
import { checklistGroups } from '../../../../lib/core/calls/checklist-model';
import type { ChecklistKind, Checklists as PackChecklists } from '../../../../lib/core/model/pack';
import { useI18n } from '../../../shared/i18n';
import type { ActiveCall } from '../../data/use-active-call';
import { useEnv } from '../../data/env';
import { ChecklistGroup } from './ChecklistGroup';
import './panel.css';

/**
 * The running call's checklists: items tick themselves from what the agent types (the
 * background writes the ticks) and by hand here; the phase follows (`tickAndAdvance`, run
 * by the store).
 */
export function Checklists(props: {
  active: ActiveCall | null | undefined;
  checklists: PackChecklists | undefined;
  variables: Readonly<Record<string, string>>;
}) {
  const { t, locale } = useI18n();
  const { store } = useEnv();
  const call = props.active?.call;
  const phase = call?.phases.at(-1)?.phase ?? 'opening';
  // The agent's own open/closed choices hold until the phase moves on.
  const [choices, setChoices] = useState<Partial<Record<ChecklistKind, boolean>>>({});
  useEffect(() => setChoices({}), [phase, call?.id]);

  if (!call || !props.active) return <p class="hint">{t('sidebar.checklist.none')}</p>;
  const checklists = props.checklists ?? {};
  const groups = checklistGroups({
    checklists,
    ticks: call.ticks,
    repeatCall: call.repeatOfCallId !== null,
    afterDrop: props.active.previous?.outcome === 'dropped',
    locale,
    variables: props.variables,
  });
  if (groups.length === 0) return <p class="hint">{t('sidebar.checklist.empty')}</p>;

  const toggle = (kind: ChecklistKind, itemId: string, ticked: boolean) =>
    void store.run({ name: 'tick', params: { callId: call.id, itemId, checklist: kind, ticked } });

  return (
    <div class="checklists" data-laipni="checklists">
      {groups.map((group) => {
        const current = group.phase === phase;
        return (
          <ChecklistGroup
            key={group.kind}
            group={group}
            current={current}
            expanded={choices[group.kind] ?? current}
            onExpand={(expanded) => setChoices((old) => ({ ...old, [group.kind]: expanded }))}
            onToggle={(itemId, ticked) => toggle(group.kind, itemId, ticked)}
          />
        );
      })}
    </div>
  );
}
