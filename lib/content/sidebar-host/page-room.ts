import { isViewportAnchored, scanLayers } from './fixed-layers';
import { fitLayer } from './fit-layer';
import { createStyleLedger, type Styled } from './style-ledger';

export interface PageRoom {
  setWidth(width: number): void;
  /** Undoes every change: the page's inline styles are exactly as before. */
  release(): void;
}

const WATCHED_ATTRIBUTES = ['class', 'style', 'hidden', 'open'];
/**
 * A restyled element that is no layer of ours rarely becomes one (a header turning fixed on
 * scroll): it is looked at within this time, not in the next frame, so a page that restyles
 * things every frame does not pay a look every frame.
 */
const SOON_MS = 200;

/** When a change needs a pass: before the next frame is drawn, or soon. */
type Urgency = 'frame' | 'soon' | null;

/**
 * Makes room for the sidebar at the right edge of the top frame. The page's flow is pushed by a
 * right margin on `<html>`; boxes positioned against the viewport (`position: fixed`: headers,
 * docked bars, toasts, modals, top-layer dialogs; `position: absolute` without a positioned
 * ancestor), which a margin does not move, are fitted one by one into the space left of the
 * sidebar (fit-layer.ts).
 * Boxes that appear or change later are fitted when the page adds or restyles them, when the
 * window resizes and when a transition or animation ends. Nothing else of the page changes:
 * its scrolling element, `innerWidth` and media queries stay those of the whole window.
 */
export function makeRoom(doc: Document, initialWidth: number): PageRoom {
  const win = doc.defaultView ?? window;
  const root = doc.documentElement;
  const flow = createStyleLedger();
  const layers = createStyleLedger();
  const candidates = new Set<Styled>();
  const observed = new Set<Node>();
  /** Parts of the page to look through again at the next pass; the document means all. */
  const pending = new Set<Element | Document | ShadowRoot>();
  let width = initialWidth;
  let frame = 0;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let released = false;
  let viewport = '';
  /** Every layer is fitted again from scratch at the next pass (the room changed). */
  let refitAll = true;
  /** Layers a change touched (in them, or an ancestor of them): checked at the next pass. */
  const touched = new Set<Styled>();

  const observer = new MutationObserver((records) => {
    schedule(noteChanges(records));
  });

  function observe(target: Document | ShadowRoot): void {
    if (observed.has(target)) return;
    observed.add(target);
    observer.observe(target, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: WATCHED_ATTRIBUTES,
    });
  }

  /** Notes the layers a change at `node` can move or resize. */
  function noteTouched(node: Node): void {
    for (const layer of candidates)
      if (layer.contains(node) || node.contains(layer)) touched.add(layer);
  }

  /**
   * Notes where the page changed. New elements (a toast, a modal) and changes in or around a
   * layer are fitted before the next frame; other restyles soon.
   */
  function noteChanges(records: MutationRecord[]): Urgency {
    let urgency: Urgency = null;
    const raise = (to: Urgency) => {
      if (urgency !== 'frame') urgency = to;
    };
    for (const record of records) {
      const before = touched.size;
      noteTouched(record.target);
      if (touched.size > before) raise('frame');
      if (record.type === 'childList') {
        for (const node of record.addedNodes)
          if (node instanceof Element) {
            pending.add(node);
            raise('frame');
          }
        if (record.removedNodes.length > 0) raise('soon');
      } else if (record.target instanceof Element) {
        const target = record.target;
        if (target === root || target === doc.body) {
          pending.add(doc);
          raise('frame');
        } else {
          pending.add(target);
          raise('soon');
        }
      }
    }
    return urgency;
  }

  /** Looks where the page changed; returns the layers that are new. */
  function look(): Styled[] {
    const parts = pending.has(doc) ? [doc] : [...pending];
    const added: Styled[] = [];
    pending.clear();
    for (const part of parts) {
      const { layers: found, roots } = scanLayers(part);
      for (const layer of found)
        if (!candidates.has(layer)) {
          candidates.add(layer);
          added.push(layer);
        }
      roots.forEach(observe);
    }
    for (const layer of candidates)
      if (!layer.isConnected || !isViewportAnchored(layer)) {
        candidates.delete(layer);
        touched.delete(layer);
        layers.restore(layer);
      }
    return added.filter((layer) => candidates.has(layer));
  }

  const sizeKey = () =>
    `${win.innerWidth}x${win.innerHeight}:${root.clientWidth}x${root.clientHeight}`;

  function pass(): void {
    frame = 0;
    if (released) return;
    noteChanges(observer.takeRecords());
    // The page rewrote the root's style: its changes stay, our margin comes back on top.
    if (!flow.isOurWrite(root)) pushFlow();
    const added = look();
    const room = { limit: root.clientWidth - width, sidebar: width };
    if (refitAll || sizeKey() !== viewport) {
      refitAll = false;
      touched.clear();
      layers.restoreAll();
      for (const layer of candidates) fitLayer(layer, room, layers);
      viewport = sizeKey();
    } else {
      // A busy page changes its layers often (a clock in the header, a toast's text): only a
      // new layer, or one that now reaches under the sidebar, is fitted (again); the others
      // keep their fit and cost one measurement.
      for (const layer of added) fitLayer(layer, room, layers);
      for (const layer of touched)
        if (!added.includes(layer) && layer.getBoundingClientRect().right > room.limit + 0.5) {
          layers.restore(layer);
          fitLayer(layer, room, layers);
        }
      touched.clear();
    }
    // Every record now is of our own writes: the pass ran without a break.
    observer.takeRecords();
  }

  /** The page's flow moves left by a right margin on the root, added to the page's own. */
  function pushFlow(): void {
    flow.restoreAll();
    const own = parseFloat(getComputedStyle(root).marginRight) || 0;
    flow.set(root, 'margin-right', `${own + width}px`);
  }

  function schedule(urgency: Urgency = 'frame'): void {
    if (urgency === null || released || frame !== 0) return;
    if (urgency === 'soon') {
      timer ??= setTimeout(() => {
        timer = null;
        schedule('frame');
      }, SOON_MS);
      return;
    }
    frame = win.requestAnimationFrame(pass);
  }

  const onResize = () => {
    pending.add(doc); // a media query may have made other boxes fixed
    schedule();
  };
  // A scrollbar that appears or goes changes the room without a resize event.
  const sizes = new ResizeObserver(() => {
    if (sizeKey() !== viewport) schedule();
  });
  // A box measured mid-animation (a toast sliding in) is measured again at its end.
  const onSettled = (event: Event) => {
    if (!(event.target instanceof Element)) return;
    noteTouched(event.target);
    if (touched.size > 0) schedule();
  };

  observe(doc);
  win.addEventListener('resize', onResize);
  doc.addEventListener('transitionend', onSettled, true);
  doc.addEventListener('animationend', onSettled, true);
  sizes.observe(root);
  pending.add(doc);
  pass();

  return {
    setWidth(next) {
      if (next === width) return;
      width = next;
      refitAll = true;
      pushFlow();
      pass();
    },
    release() {
      if (released) return;
      released = true;
      if (frame !== 0) win.cancelAnimationFrame(frame);
      if (timer !== null) clearTimeout(timer);
      observer.disconnect();
      sizes.disconnect();
      win.removeEventListener('resize', onResize);
      doc.removeEventListener('transitionend', onSettled, true);
      doc.removeEventListener('animationend', onSettled, true);
      layers.restoreAll();
      flow.restoreAll();
    },
  };
}
