// The card-latency probe: an init script the benchmark adds to the tab, so it runs at the start
// of every document of it, the CRM page and (Playwright attaches to out-of-process frames too)
// the card's extension frame. It records, in epoch milliseconds, when the agent's click
// happened and when the card became visible with its findings, each document by its own clock.
//
// Clocks: `performance.timeOrigin + performance.now()` is the machine's monotonic clock shifted
// to the Unix epoch by an offset each document samples once when it starts, so two documents'
// readings differ by the wall clock's drift between those samples (NTP slews it by parts per
// million: microseconds over a benchmark). `skewMs` (Date.now() minus that reading) is kept
// per document so a clock step would show.
//
// Both card kinds are recognised, so the same probe measures an older build too:
// - in-page (up to a777836): `laipni-ui >> [data-laipni="card"]` in the page's open shadow
//   root, shown when it is not hidden and holds a finding;
// - framed: `laipni-ui >> iframe[data-laipni="card-frame"]` whose visibility is `visible` (in
//   the page) and `[data-laipni="card"] [data-laipni="finding"]` inside the frame's document.

/** Runs in every document of the tab (serialised by Playwright; no closure over the module). */
export function cardProbe() {
  const now = () => performance.timeOrigin + performance.now();
  /** Moments after `arm()`: `xAt` when a condition first held, `xFrameAt` at the next frame. */
  const fresh = () => ({
    clickAt: null,
    inPageAt: null,
    inPageFrameAt: null,
    visibleAt: null,
    visibleFrameAt: null,
    renderedAt: null,
    renderedFrameAt: null,
  });
  const probe = {
    startedAt: now(),
    loadedAt: null,
    skewMs: Date.now() - now(),
    marks: fresh(),
    arm() {
      probe.marks = fresh();
      check();
    },
    /** What is on screen now (for waiting until a card has closed). */
    state() {
      const root = uiRoot();
      const inPage = root?.querySelector('[data-laipni="card"]') ?? null;
      const frame = root?.querySelector('iframe[data-laipni="card-frame"]') ?? null;
      return {
        kind: frame ? 'frame' : inPage ? 'in-page' : null,
        inPageShown: inPageShown(inPage),
        frameVisible: frameVisible(frame),
        rendered: rendered(),
      };
    },
  };
  Object.defineProperty(window, '__laipniCardProbe', { value: probe });

  const uiRoot = () => document.querySelector('laipni-ui[data-laipni="ui"]')?.shadowRoot ?? null;
  const inPageShown = (card) =>
    card !== null &&
    !card.hidden &&
    card.querySelector('[data-laipni="finding"]') !== null &&
    getComputedStyle(card).display !== 'none';
  const frameVisible = (frame) =>
    frame !== null &&
    getComputedStyle(frame).visibility === 'visible' &&
    frame.getBoundingClientRect().height > 0;
  const rendered = () =>
    document.querySelector('[data-laipni="card"] [data-laipni="finding"]') !== null;

  /** Records `name` the first time `holds` after arming, and the next animation frame's time. */
  const mark = (name, holds) => {
    const marks = probe.marks;
    if (marks[`${name}At`] !== null || !holds) return;
    marks[`${name}At`] = now();
    requestAnimationFrame(() => {
      marks[`${name}FrameAt`] = now();
    });
  };

  function check() {
    const root = uiRoot();
    if (root) {
      mark('inPage', inPageShown(root.querySelector('[data-laipni="card"]')));
      mark('visible', frameVisible(root.querySelector('iframe[data-laipni="card-frame"]')));
    }
    mark('rendered', rendered());
  }

  // The page's own click listener, first in the capture phase: the event's time stamp is when
  // the browser received the (trusted, DevTools-dispatched) click.
  window.addEventListener(
    'click',
    (event) => {
      if (probe.marks.clickAt === null)
        probe.marks.clickAt = performance.timeOrigin + event.timeStamp;
    },
    { capture: true },
  );
  window.addEventListener('load', () => (probe.loadedAt = now()), { once: true });

  // Mutations are delivered as a microtask after the change, before the browser renders. The
  // card page renders into its body; the CRM page gets our host at the end of the document.
  const watched = new WeakSet();
  const observer = new MutationObserver(() => {
    const root = uiRoot();
    if (root && !watched.has(root)) {
      watched.add(root);
      observer.observe(root, { subtree: true, childList: true, attributes: true });
    }
    check();
  });
  const start = () => {
    observer.observe(document.documentElement, { childList: true });
    observer.observe(document.body, { subtree: true, childList: true });
    check();
  };
  if (document.body) start();
  else document.addEventListener('DOMContentLoaded', start, { once: true });
}
