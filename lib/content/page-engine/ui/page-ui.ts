import type { EditableField } from '../../fields/editable';
import type { FieldSnapshot } from '../../fields/snapshot';
import { isTextControl } from '../../fields/strategies/select';
import type { PageTranslate } from '../../../core/i18n/page-translate';
import type { Finding } from '../../../core/model/finding';
import { createBadge, type Badge } from './badge';
import { createCardFrame, type CardFrame } from './card-frame';
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
  /** The card page measured its content. */
  resizeCard(height: number): void;
  /** Prepares the card's frame before it is first needed. */
  warmCard(): void;
  /** Focus is in our UI (the agent clicked into the card), not gone elsewhere in the page. */
  hasFocus(): boolean;
  clear(field: EditableField): void;
  destroy(): void;
}

/**
 * Everything Laipni draws in a frame: highlights (Custom Highlight API for rich fields, a
 * mirror overlay for textareas and inputs), the badge and the card's frame. Created lazily;
 * nothing is added to the page until a field has findings.
 */
export function createPageUi(
  doc: Document,
  t: () => PageTranslate,
  actions: { openAll(): void },
): PageUi {
  const host = createUiHost(doc);
  const mirrorHost = createUiHost(doc, 'closed');
  let badge: Badge | null = null;
  let card: CardFrame | null = null;
  let mirror: { field: EditableField; overlay: MirrorOverlay } | null = null;
  let lastFindings: readonly Finding[] = [];
  let lastText = '';
  const rich = createRichHighlighter();
  let lastRich: { field: HTMLElement; snapshot: FieldSnapshot } | null = null;
  const listening = new AbortController();
  // Focus that leaves the card's frame for anything in the page (not back through our own
  // buttons) closes the card: the agent has moved on.
  doc.addEventListener(
    'focusin',
    () => {
      if (!host.hasFocus()) card?.hide();
    },
    { capture: true, signal: listening.signal },
  );

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
    card ??= createCardFrame(root);
    return { badge, card };
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
        mirror = { field, overlay: createMirrorOverlay(mirrorHost.root(), field) };
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
    resizeCard: (height) => card?.resize(height),
    warmCard: () => ensureWidgets().card.warm(),
    hasFocus: () => host.hasFocus(),
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
      listening.abort();
      lastRich = null;
      rich.clear();
      mirror = null;
      badge = null;
      card?.remove();
      card = null;
      host.remove();
      mirrorHost.remove();
    },
  };
}
