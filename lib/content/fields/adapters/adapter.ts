import type { EditableField } from '../editable';
import type { FieldSnapshot } from '../snapshot';
import type { ReplaceStrategy } from '../strategies/strategy';

/**
 * How Laipni reads and writes one kind of field. Adapters live in a registry (first match
 * wins) instead of an if/else chain over editors; each lists its replacement strategies in
 * the order they are tried.
 */
export interface FieldAdapter {
  readonly name: string;
  matches(field: EditableField): boolean;
  snapshot(field: EditableField): FieldSnapshot;
  /** Lets go of what the adapter keeps for a field between snapshots (its session ended). */
  release?(field: EditableField): void;
  readonly strategies: readonly ReplaceStrategy[];
}
