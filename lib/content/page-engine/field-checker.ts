import type { Checker, CheckContext, CheckSession } from '../../core/engine/checker-types';
import type { EditableField } from '../fields/editable';
import type { FieldChecker } from './field-session';

/**
 * One incremental engine session per field, so a keystroke in a long note costs what the edit
 * costs. A new rule set (a new Checker) starts fresh sessions; the old ones are dropped with it.
 */
export function createFieldChecker(
  currentChecker: () => Checker | null,
  contextFor: (field: EditableField) => CheckContext,
): FieldChecker & { forgetAll(): void } {
  let sessions = new WeakMap<EditableField, { checker: Checker; session: CheckSession }>();
  return {
    /**
     * Drops every session (the frame releases its rule set). A removed field may stay
     * referenced (the focus watcher keeps it where removing a focused field fires no
     * `focusout`), and its session would keep the old checker alive.
     */
    forgetAll() {
      sessions = new WeakMap();
    },
    check(field, text, change) {
      const checker = currentChecker();
      if (!checker) return [];
      let entry = sessions.get(field);
      if (!entry || entry.checker !== checker) {
        entry = { checker, session: checker.session() };
        sessions.set(field, entry);
      }
      return entry.session.update(text, contextFor(field), change);
    },
  };
}
