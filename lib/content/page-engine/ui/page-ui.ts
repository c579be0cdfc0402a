import type { EditableField } from '../../fields/editable';
import type { FieldSnapshot } from '../../fields/snapshot';
import { isTextControl } from '../../fields/strategies/select';
import type { PageTranslate } from '../../../core/i18n/page-translate';
import type { Finding } from '../../../core/model/finding';
import { createBadge, type Badge } from './badge';
import { createCard, type Card, type CardActions } from './card';
import { createUiHost } from './host';
import { createMirrorOverlay, type MirrorOverlay } from './mirror-overlay';
import { frameQueueOf } from '../frame-queue';
import { unchanged, type TextEdit } from '../../../core/engine/edit-spans';
import { createRichHighlighter } from './rich-highlights';
import { textSpanToUnderline } from './visible-text';

export interface PageUi {
  /** `edit`: how the text changed since the last paint (kept highlights follow it). */
  paint(
    field: EditableField,
    snapshot: FieldSnapshot,
    findings: readonly Finding[],
    edit: TextEdit,
  ): void;
  align(field: EditableField): void;
  openCard(field: EditableField, findings: readonly Finding[]): void;
  closeCard(): void;
  cardOpen(): boolean;
  clear(field: EditableField): void;
  destroy(): void;
}

/**
 * Everything Laipni draws in a frame: highlights (Custom Highlight API for rich fields, a
 * mirror overlay for textareas and inputs), the badge and the card. Created lazily; nothing is
 * added to the page until a field has findings.
 */
export function createPageUi(
  doc: Document,
  t: () => PageTranslate,
  actions: CardActions & { openAll(): void },
): PageUi {
  const host = createUiHost(doc);
  let badge: Badge | null = null;
  let card: Card | null = null;
  let mirror: { field: EditableField; overlay: MirrorOverlay } | null = null;
  let lastFindings: readonly Finding[] = [];
  let lastText = '';
  const rich = createRichHighlighter();
  let lastRich: { field: HTMLElement; snapshot: FieldSnapshot } | null = null;

  function paintRich(edit: TextEdit): void {
    const map = lastRich?.snapshot.map;
    if (!lastRich || !map) return;
    const { field, snapshot } = lastRich;
    const span = textSpanToUnderline(field, map, snapshot.caret);
    const shown = lastFindings.filter((f) => f.end > span.from && f.start < span.to);
    rich.paint(field, map, shown, edit);
  }

  const ensureWidgets = () => {
    const root = host.root();
    badge ??= createBadge(root, (count) => t()('badge.label', { count }), actions.openAll);
    card ??= createCard(
      root,
      () => ({
        title: t()('card.title'),
        ignore: t()('card.ignore'),
        suggestionPrefix: t()('card.suggestionPrefix'),
      }),
      actions,
    );
    return { badge, card, root };
  };

  function paintBadge(
    field: EditableField,
    findings: readonly Finding[],
    box: DOMRect = field.getBoundingClientRect(),
  ): void {
    if (findings.length === 0) {
      badge?.hide();
      return;
    }
    const severity = findings.some((f) => f.severity === 'warning') ? 'warning' : 'info';
    ensureWidgets().badge.show(findings.length, severity, box);
  }

  // Layout-reading work (the mirror, the badge's position) runs once per frame, outside the
  // input handler, so typing never waits for the browser to lay out the page.
  let frameQueued = false;
  let pendingField: EditableField | null = null;
  const inNextFrame = frameQueueOf(doc.defaultView ?? window);

  function flush(): void {
    frameQueued = false;
    const field = pendingField;
    if (!field || !field.isConnected) return;
    // Every read before any write: one layout per frame, not one per widget.
    const box = field.getBoundingClientRect();
    if (isTextControl(field) && (lastFindings.length > 0 || mirror)) {
      if (!mirror || mirror.field !== field) {
        mirror?.overlay.remove();
        mirror = { field, overlay: createMirrorOverlay(ensureWidgets().root, field) };
      }
      mirror.overlay.paint(lastText, lastFindings);
    }
    paintBadge(field, lastFindings, box);
  }

  function schedule(field: EditableField): void {
    pendingField = field;
    if (frameQueued) return;
    frameQueued = true;
    // After a check that itself runs in the frame queue, this runs in the same frame.
    inNextFrame(flush);
  }

  return {
    paint(field, snapshot, findings, edit) {
      lastFindings = findings;
      lastText = snapshot.text;
      lastRich = !isTextControl(field) && snapshot.map ? { field, snapshot } : null;
      if (lastRich) paintRich(edit);
      schedule(field);
    },
    align(field) {
      if (mirror?.field === field) {
        mirror.overlay.restyle();
        mirror.overlay.align();
      }
      // Scrolled: underline what came into view (the text itself did not change).
      if (lastRich?.field === field) paintRich(unchanged(lastText));
      paintBadge(field, lastFindings);
    },
    openCard(field, findings) {
      const widgets = ensureWidgets();
      widgets.card.show(findings, widgets.badge.box() ?? field.getBoundingClientRect());
    },
    closeCard: () => card?.hide(),
    cardOpen: () => card?.isOpen() ?? false,
    clear(field) {
      if (pendingField === field) pendingField = null;
      if (lastRich?.field === field) lastRich = null;
      if (mirror?.field === field) {
        mirror.overlay.remove();
        mirror = null;
      }
      rich.clear();
      badge?.hide();
      card?.hide();
    },
    destroy() {
      lastRich = null;
      rich.clear();
      mirror = null;
      badge = null;
      card = null;
      host.remove();
    },
  };
}
