import type { EditableField } from '../editable';
import type { FieldSnapshot } from '../snapshot';
import { beforeInputInsertText, beforeInputReplacement } from '../strategies/before-input';
import { insertTextCommand, pointerInsertTextCommand } from '../strategies/insert-text-command';
import { syntheticPaste } from '../strategies/paste';
import type { ReplaceStrategy } from '../strategies/strategy';
import { createTextMapCache, type TextMapCache } from '../text-map';
import type { FieldAdapter } from './adapter';

const mapCaches = new WeakMap<EditableField, TextMapCache>();

function mapCacheOf(field: EditableField): TextMapCache {
  let cache = mapCaches.get(field);
  if (!cache) {
    cache = createTextMapCache(field);
    mapCaches.set(field, cache);
  }
  return cache;
}

function releaseMapCache(field: EditableField): void {
  mapCaches.get(field)?.release();
  mapCaches.delete(field);
}

/** Text, caret and DOM map of a contenteditable field. */
export function richSnapshot(field: EditableField): FieldSnapshot {
  const map = mapCacheOf(field).read();
  const root = field.getRootNode() as Document | ShadowRoot;
  const selection =
    'getSelection' in root && typeof root.getSelection === 'function'
      ? (root.getSelection as () => Selection | null)()
      : field.ownerDocument.getSelection();
  let caret: number | null = null;
  if (
    selection &&
    selection.isCollapsed &&
    selection.focusNode &&
    field.contains(selection.focusNode)
  ) {
    caret = map.offsetOf(selection.focusNode, selection.focusOffset);
  }
  return { text: map.text, caret, map };
}

function richAdapter(
  name: string,
  selector: string | null,
  strategies: ReplaceStrategy[],
): FieldAdapter {
  return {
    name,
    matches: (field) =>
      !(field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement) &&
      (selector === null || field.matches(selector)),
    snapshot: richSnapshot,
    release: releaseMapCache,
    strategies,
  };
}

/**
 * Editors that apply edits from `beforeinput` to their own model and record undo there. Chromium
 * fires no `beforeinput` for execCommand: Trix then re-reads its DOM without an undo step, and
 * Ctrl+Z took the whole sentence typed before the replacement with it.
 */
const modelFirst = [beforeInputReplacement, beforeInputInsertText, insertTextCommand];
const commandFirst = [insertTextCommand, beforeInputReplacement];
/**
 * Any other contenteditable: a plain one (native undo), or an editor Laipni does not know. Such
 * editors often keep undo histories of their own and record a step for a paste they handle
 * (roosterjs, CKEditor 4, Editor.js); roosterjs records nothing for an execCommand edit, so
 * Ctrl+Z skipped the replacement and took the last typed word. One that leaves paste to the
 * browser declines it at once, and a mouse selection closes its typing in progress before the
 * command (Summernote, Jodit).
 */
const genericFirst = [syntheticPaste, pointerInsertTextCommand, beforeInputReplacement];
/**
 * Summernote records a snapshot 10 ms after any paste, expecting the browser to have pasted: a
 * synthetic paste it leaves alone would add an empty step. Its undo history records a snapshot
 * on mouseup, so the mouse selection makes the replacement a step of its own.
 */
const pointerFirst = [pointerInsertTextCommand, beforeInputReplacement];

/** Ordered: the first adapter whose selector matches the field's root element is used. */
export const richTextAdapters: readonly FieldAdapter[] = [
  richAdapter('tinymce', 'body#tinymce, .mce-content-body', [syntheticPaste, insertTextCommand]),
  richAdapter('slate', '[data-slate-editor]', modelFirst),
  richAdapter('trix', 'trix-editor', modelFirst),
  richAdapter('lexical', '[data-lexical-editor]', modelFirst),
  richAdapter('ckeditor5', '.ck-editor__editable', modelFirst),
  richAdapter('quill', '.ql-editor', modelFirst),
  richAdapter('prosemirror', '.ProseMirror', commandFirst),
  richAdapter('draft-js', '.public-DraftEditor-content', commandFirst),
  richAdapter('summernote', '.note-editable', pointerFirst),
  richAdapter('contenteditable', null, genericFirst),
];
