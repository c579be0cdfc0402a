import type { EditableField } from '../editable';
import { richTextAdapters } from './rich-text';
import { textControlAdapter } from './text-control';
import type { FieldAdapter } from './adapter';

const registry: readonly FieldAdapter[] = [textControlAdapter, ...richTextAdapters];

export function adapterFor(field: EditableField): FieldAdapter {
  // The generic contenteditable adapter matches every rich field, so there is always one.
  return registry.find((adapter) => adapter.matches(field)) ?? textControlAdapter;
}
