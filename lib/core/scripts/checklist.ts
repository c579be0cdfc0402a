import type { CheckItemView, ChecklistGroupView } from '../calls/checklist-model';
import { PHASES } from '../model/pack';
import type { ScriptProgress } from '../model/script';
import { localized, type Language } from '../model/text';
import type { CompiledScript } from './compile';
import { isSaid, requiredSteps } from './missing';
import { own } from './progress';
import { fillSlots, type SlotValues } from './slots';

/**
 * A script's required steps as the call's checklist, in the view today's checklists use, so
 * the sidebar shows either the same way. A step is ticked when it counts as said.
 */
export function scriptChecklistGroups(
  c: CompiledScript,
  p: ScriptProgress,
  locale: Language,
  variables: SlotValues,
): ChecklistGroupView[] {
  const steps = requiredSteps(c, p);
  return PHASES.flatMap((phase) => {
    const items: CheckItemView[] = steps
      .filter((step) => step.phase === phase)
      .map((step) => {
        const mark = own(p.said, step.id);
        const ticked = isSaid(step, mark);
        return {
          id: step.id,
          kind: phase,
          text: fillSlots(localized(step.title, locale), variables).text,
          ticked,
          auto: ticked && mark?.how !== 'ticked',
          reminder: step.detect === undefined,
        };
      });
    if (items.length === 0) return [];
    const done = items.filter((item) => item.ticked).length;
    return [{ kind: phase, phase, items, done, total: items.length }];
  });
}
