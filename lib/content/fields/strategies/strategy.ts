import type { EditableField } from '../editable';
import type { FieldSnapshot } from '../snapshot';

/**
 * What became of the input a strategy sent. `declined`: nothing changed and nothing will (it
 * could not act, or the editor left a synthetic event alone, which has no default action).
 * `sent`: the editor may have acted; only its text can tell. `taken`: the editor cancelled the
 * event to handle it itself, perhaps a little later (CKEditor 4 pastes after a task), so no
 * other strategy may run after it: that would insert the text twice.
 */
export type Delivery = 'declined' | 'sent' | 'taken';

/** One way of putting text into a field as if the agent typed it. */
export interface ReplaceStrategy {
  readonly name: string;
  /**
   * Selects [start, end) and inserts `text` through the editor's own input path. It must
   * not touch the field when it cannot act; the caller verifies the result.
   */
  apply(
    field: EditableField,
    snapshot: FieldSnapshot,
    start: number,
    end: number,
    text: string,
  ): Promise<Delivery>;
}
