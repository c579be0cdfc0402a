import type { EditableField } from '../editable';
import type { FieldSnapshot } from '../snapshot';

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
  ): Promise<void>;
}
