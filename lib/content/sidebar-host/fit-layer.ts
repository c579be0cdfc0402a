import type { StyleLedger, Styled } from './style-ledger';

/** Sub-pixel rounding: a box this close to the limit is left of it. */
const EPS = 0.5;
/** A box squeezed narrower than this (or than it was, if smaller) is no longer usable. */
const MIN_WIDTH = 48;

/** The free part of the viewport, left of the sidebar, in viewport coordinates. */
export interface Room {
  /** The sidebar's left edge: everything of the page must end at or before it. */
  limit: number;
  /** The sidebar's width: how far a box docked at the right edge moves. */
  sidebar: number;
}

const px = (value: string): number => {
  const n = parseFloat(value);
  return Number.isFinite(n) ? n : 0;
};

/**
 * Brings one fixed-position box of the page (a header, a docked bar, a toast, a modal) left of
 * the sidebar, by its own geometry rather than per-site rules: first by growing its right
 * inset (a stretched box narrows, a box docked at the right moves with its gap kept), then, for
 * a box anchored by its left edge and width, by moving its left inset, and a box wider than the
 * room is narrowed to it. Each step is measured, and one that did not work is undone. Boxes are
 * read as drawn (`getBoundingClientRect`, with transforms), which is what the agent sees; an
 * animation is measured again when it ends. Returns whether the box was changed.
 */
export function fitLayer(element: Styled, room: Room, ledger: StyleLedger): boolean {
  const before = element.getBoundingClientRect();
  if (before.width === 0 || before.height === 0 || before.right <= room.limit + EPS) return false;
  const style = getComputedStyle(element);
  const right = px(style.right);
  const left = px(style.left);
  const rect = () => element.getBoundingClientRect();
  const within = (box: DOMRect) =>
    box.right <= room.limit + EPS && box.left >= Math.min(before.left, 0) - EPS;

  if (before.width <= room.limit) {
    // It fits: move it. Docked at the right edge, it keeps its gap to the sidebar's edge; a box
    // that would then leave the screen moves only as far as it must.
    const shift = before.left - room.sidebar >= 0 ? room.sidebar : before.right - room.limit;
    const same = (box: DOMRect) => within(box) && Math.abs(box.width - before.width) <= EPS;
    ledger.set(element, 'right', `${right + shift}px`);
    if (same(rect())) return true;
    ledger.set(element, 'left', `${left - shift}px`);
    if (same(rect())) return true;
    ledger.restore(element);
    return false;
  }

  // Wider than the room: a box stretched between its insets narrows by the sidebar's width.
  ledger.set(element, 'right', `${right + room.sidebar}px`);
  const narrowed = rect();
  if (within(narrowed) && narrowed.width >= Math.min(before.width, MIN_WIDTH) - EPS) return true;
  ledger.restore(element);

  // Its width is its own (100%, 100vw, a fixed size): give it the room's width.
  const target = room.limit - Math.max(before.left, 0);
  const frame =
    style.boxSizing === 'border-box'
      ? 0
      : px(style.paddingLeft) +
        px(style.paddingRight) +
        px(style.borderLeftWidth) +
        px(style.borderRightWidth);
  const width = Math.max(0, target - frame);
  ledger.set(element, 'width', `${width}px`);
  if (px(style.minWidth) > width) ledger.set(element, 'min-width', '0px');
  if (style.maxWidth !== 'none' && px(style.maxWidth) < width)
    ledger.set(element, 'max-width', 'none');
  const sized = rect();
  // Anchored at the right edge, it is still there: move it by its left inset.
  if (sized.right > room.limit + EPS)
    ledger.set(
      element,
      'left',
      `${px(getComputedStyle(element).left) - (sized.right - room.limit)}px`,
    );
  return true;
}
