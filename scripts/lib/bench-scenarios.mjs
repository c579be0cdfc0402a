// The page benchmark's scenarios. Each runs in one browser (extension on or off) and does the
// same steps in both, so "on minus off" is the extension's cost; only the reads of the
// extension's own state (through its service worker) happen in the "on" run alone, after the
// heap has been measured.
import { frameReports, inputTimings, tabIdOf, waitForBootstraps } from './bench-frames.mjs';
import { extensionScriptMs, keystrokes, startTrace } from './bench-trace.mjs';
import { PROBE_PHRASE } from './bench-pack.mjs';
import { cardProbe } from './bench-card-probe.mjs';

/** Text an agent types (diacritic-free, as agents often type; one discouraged phrase). */
export const TYPED_TEXT = (
  'Labdien, paldies par zvanu. Es nezinu, vai tehnikis var atnakt sodien, bet to noskaidrosu ' +
  'un piezvanisu jums lidz vakaram. Rekina kopiju nosutisu uz e-pastu, ludzu parbaudiet pastu. ' +
  'Paldies, uz dzirdesanos. '
).slice(0, 200);

let pageCounter = 0;

/**
 * @typedef {{ context: import('playwright-core').BrowserContext,
 *   worker: import('playwright-core').Worker | null }} Browser
 */

/** Opens `path` in a new tab with a unique URL (so the worker can find exactly this tab). */
async function openTab(browser, origin, path, { trace = false } = {}) {
  const page = await browser.context.newPage();
  page.on('pageerror', (error) => {
    throw new Error(`page error on ${path}: ${error.message}`);
  });
  const cdp = await browser.context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const tracing = trace ? await startTrace(cdp) : null;
  const separator = path.includes('?') ? '&' : '?';
  await page.goto(`${origin}${path}${separator}bench=${++pageCounter}`, { waitUntil: 'load' });
  return {
    page,
    cdp,
    tracing,
    tabId: browser.worker ? await tabIdOf(browser.worker, page.url()) : null,
  };
}

/** Waits until the page is idle: content scripts run at document_idle, by then at the latest. */
async function idle(page) {
  await page.evaluate(() => new Promise((resolve) => requestIdleCallback(() => resolve(0))));
}

/** Idle, and (extension on) every frame's bootstrap answers the service worker. */
async function settle(browser, tab, frames) {
  await idle(tab.page);
  if (browser.worker) await waitForBootstraps(browser.worker, tab.tabId, frames);
}

/** JS heap of the tab's renderer (all its frames and worlds) after a forced full GC, bytes. */
export async function heapAfterGc(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? null;
}

/** Polls `probe` until it returns a truthy value (no fixed sleeps). */
async function until(probe, what, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

async function engineLoadedIn(browser, tabId, frameId = 0) {
  const frames = await frameReports(browser.worker, tabId);
  return frames.find((f) => f.frameId === frameId)?.state?.engineLoaded === true;
}

/**
 * Page load with no focused field: extension script time from a trace of the load (stopped
 * once the page is idle, before the service worker asks the frames anything, so the
 * benchmark's own messages are not counted), then the heap per tab.
 */
export async function loadCost(browser, origin, path, frames) {
  const tab = await openTab(browser, origin, path, { trace: true });
  await idle(tab.page);
  const events = await tab.tracing.stop();
  if (browser.worker) await waitForBootstraps(browser.worker, tab.tabId, frames);
  const heap = await heapAfterGc(tab.cdp);
  await tab.page.close();
  return {
    scriptMs: extensionScriptMs(events),
    scriptCpuMs: extensionScriptMs(events, { clock: 'thread' }),
    bootstrapsTraced: events.filter(
      (e) => e.name === 'EvaluateScript' && e.args?.data?.url?.endsWith('/bootstrap.js'),
    ).length,
    heap,
  };
}

/**
 * First focus of a field: click it, type a greeting, wait until the page engine has checked it
 * (on), then the heap. With `probe`, also types the team pack's probe phrase afterwards and
 * says whether its finding shows (the team pack is in effect in the page).
 */
export async function focusCost(browser, origin, path, selector, { probe = false } = {}) {
  const tab = await openTab(browser, origin, path);
  await settle(browser, tab, 1);
  const field = tab.page.locator(selector);
  await field.click();
  await tab.page.keyboard.press('Control+End');
  await tab.page.keyboard.type(' Labdien! ');
  if (browser.worker) {
    await until(() => engineLoadedIn(browser, tab.tabId), 'the page engine');
    await until(
      async () => ((await inputTimings(browser.worker, tab.tabId)) ?? [1]).length > 0,
      'the first check',
    );
  }
  const heap = await heapAfterGc(tab.cdp);
  let probeShown = null;
  if (probe && browser.worker) {
    const badge = tab.page.locator('[data-laipni="badge"]');
    const count = () =>
      badge
        .evaluate((b) => (b.hidden ? 0 : Number(b.textContent)), undefined, { timeout: 500 })
        .catch(() => 0);
    const before = await count();
    await tab.page.keyboard.type(` ${PROBE_PHRASE}. `);
    probeShown = await until(async () => (await count()) > before, 'the probe', 3_000).then(
      () => true,
      () => false,
    );
  }
  const frameState = browser.worker ? await frameReports(browser.worker, tab.tabId) : null;
  const heapGone = await heapAfterFieldsGone(browser, tab);
  await tab.page.close();
  return {
    heap,
    heapGone,
    probeShown,
    ruleSetRequests: frameState?.[0]?.state?.ruleSetRequests ?? null,
  };
}

/**
 * A single-page app's next view without any field: every editable element goes, then (on)
 * the page engine drops what it held; the heap after that.
 */
async function heapAfterFieldsGone(browser, tab) {
  await tab.page.evaluate(() => {
    for (const field of document.querySelectorAll('input, textarea, [contenteditable]'))
      field.remove();
  });
  if (browser.worker) {
    const released = async () =>
      (await frameReports(browser.worker, tab.tabId)).find((f) => f.frameId === 0)?.state
        ?.ruleSetHeld === false;
    await until(released, 'the release of the rule set');
  }
  return heapAfterGc(tab.cdp);
}

/**
 * Typing ~200 characters at the end and ~200 in the middle of a big field, traced.
 * @param {'textarea' | 'contenteditable'} kind
 */
export async function inputLatency(browser, origin, path, kind) {
  const tab = await openTab(browser, origin, path);
  await settle(browser, tab, 1);
  await tab.page.locator('#field').click();
  await tab.page.keyboard.press('Control+End');
  if (browser.worker) await until(() => engineLoadedIn(browser, tab.tabId), 'the page engine');
  const tracing = await startTrace(tab.cdp);
  await tab.page.keyboard.type(` ${TYPED_TEXT}`);
  await tab.page.evaluate(caretToMiddle, kind);
  await tab.page.keyboard.type(` ${TYPED_TEXT}`);
  await tab.page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve(0))));
  const events = await tracing.stop();
  const handler = browser.worker ? await inputTimings(browser.worker, tab.tabId) : null;
  await tab.page.close();
  return { keys: keystrokes(events), handler };
}

/** Puts the caret at the end of the paragraph in the middle of the field (runs in the page). */
function caretToMiddle(kind) {
  const field = document.getElementById('field');
  if (kind === 'textarea') {
    const area = /** @type {HTMLTextAreaElement} */ (field);
    const middle = area.value.indexOf('\n\n', Math.floor(area.value.length / 2));
    area.setSelectionRange(middle, middle);
    return;
  }
  const paragraphs = field.querySelectorAll('p');
  const paragraph = paragraphs[Math.floor(paragraphs.length / 2)];
  const text = paragraph.lastChild;
  const selection = window.getSelection();
  selection.collapse(text, text.textContent.length);
}

/** 20 same-origin iframes, one focused: heap per tab, and what each frame loaded. */
export async function framesCost(browser, origin, path, focusFrame) {
  const tab = await openTab(browser, origin, path);
  await settle(browser, tab, 21);
  await tab.page.frameLocator(`#frame-${focusFrame}`).locator('#reply').click();
  await tab.page.keyboard.type('Labdien! Es nezinu.');
  let focusedFrameId = null;
  if (browser.worker) {
    focusedFrameId = await until(async () => {
      const frames = await frameReports(browser.worker, tab.tabId);
      return frames.find((f) => f.state?.engineLoaded)?.frameId;
    }, 'the page engine in the focused frame');
  }
  const heap = await heapAfterGc(tab.cdp);
  const frames = browser.worker ? await frameReports(browser.worker, tab.tabId) : null;
  await tab.page.close();
  return { heap, frames, focusedFrameId, focusedUrlPart: `frame.html?i=${focusFrame}` };
}

/**
 * Many tabs of the demo CRM: the sum of their heaps (one reading per renderer isolate, so tabs
 * that share a process count once), then the same after a field was focused in every tab; and
 * the service worker's heap after each step.
 */
export async function manyTabs(browser, origin, path, count, workerHeap) {
  const tabs = [];
  for (let i = 0; i < count; i++) {
    const tab = await openTab(browser, origin, path);
    await settle(browser, tab, 1);
    tabs.push(tab);
  }
  const sumHeaps = async () => {
    const byIsolate = new Map();
    for (const tab of tabs) {
      const heap = await heapAfterGc(tab.cdp);
      const { id } = await tab.cdp.send('Runtime.getIsolateId');
      byIsolate.set(id, heap);
    }
    return { sum: [...byIsolate.values()].reduce((a, b) => a + b, 0), isolates: byIsolate.size };
  };
  const result = {};
  result.idle = await sumHeaps();
  result.workerIdle = await workerHeap();
  for (const tab of tabs) {
    await tab.page.bringToFront();
    await tab.page.locator('#notes').click();
    await tab.page.keyboard.type('Labdien!');
    if (browser.worker) await until(() => engineLoadedIn(browser, tab.tabId), 'the page engine');
  }
  result.focused = await sumHeaps();
  result.workerFocused = await workerHeap();
  for (const tab of tabs) await tab.page.close();
  return result;
}

/** Typed before the card is opened: two findings («Es nezinu», «nevaram»). */
export const CARD_TEXT = 'Es nezinu. Mēs to nevaram izdarīt.';

/** The card's frame, once the content script has created it (the framed card only). */
function cardFrameOf(page) {
  return (
    page
      .frames()
      .find((f) => f.url().startsWith('chrome-extension://') && f.url().includes('/card.html')) ??
    null
  );
}

const probeOf = (place, read) => place.evaluate(read).catch(() => null);

/**
 * One card opening by a trusted click on the badge: from the click event's time to the next
 * animation frame after the card is on screen with its findings. In-page card: the page's next
 * frame after it was shown. Framed card: the later of the page's next frame after the frame
 * became visible and the card page's next frame after it rendered the findings, since the
 * agent sees the card only once both have been drawn.
 */
async function openCardOnce(page, badge) {
  await probeOf(page, () => window.__laipniCardProbe.arm());
  const frame = cardFrameOf(page);
  if (frame) await probeOf(frame, () => window.__laipniCardProbe.arm());
  await badge.click();
  const marks = await until(async () => {
    const inPage = await probeOf(page, () => window.__laipniCardProbe.marks);
    if (inPage?.inPageFrameAt) return { kind: 'in-page', page: inPage, frame: null };
    const cardPage = cardFrameOf(page);
    const inFrame = cardPage ? await probeOf(cardPage, () => window.__laipniCardProbe.marks) : null;
    if (inPage?.visibleFrameAt && inFrame?.renderedFrameAt)
      return { kind: 'frame', page: inPage, frame: inFrame };
    return null;
  }, 'the card');
  const clickAt = marks.page.clickAt;
  const endAt =
    marks.kind === 'in-page'
      ? marks.page.inPageFrameAt
      : Math.max(marks.page.visibleFrameAt, marks.frame.renderedFrameAt);
  return {
    kind: marks.kind,
    ms: endAt - clickAt,
    // The hops, from the click: the frame made visible in the page, the findings rendered in
    // the card page (framed card only).
    visibleMs: marks.page.visibleAt === null ? null : marks.page.visibleAt - clickAt,
    renderedMs: marks.frame?.renderedAt == null ? null : marks.frame.renderedAt - clickAt,
  };
}

/** Escape in the field closes the card; then nothing of it is left on screen or rendered. */
async function closeCard(page) {
  await page.keyboard.press('Escape');
  await until(async () => {
    const state = await probeOf(page, () => window.__laipniCardProbe.state());
    if (!state || state.inPageShown || state.frameVisible) return false;
    const frame = cardFrameOf(page);
    // The card page drops its findings when the background says the card closed; a reopening
    // before that could find the old ones still rendered.
    return (
      !frame || (await probeOf(frame, () => window.__laipniCardProbe.state()))?.rendered === false
    );
  }, 'the card to close');
  await idle(page);
}

/**
 * Card latency on the demo CRM: `loads` fresh loads of the page; in each, the text is typed
 * into #notes, the badge waited for and clicked (the first card of the page), then the card is
 * closed with Escape and reopened `reopen` times (later cards). Works with the in-page card of
 * older builds too (bench-card-probe.mjs).
 */
export async function cardLatency(browser, origin, { loads = 5, reopen = 4 } = {}) {
  const first = [];
  const later = [];
  for (let load = 0; load < loads; load++) {
    const page = await browser.context.newPage();
    page.on('pageerror', (error) => {
      throw new Error(`page error on the demo CRM: ${error.message}`);
    });
    await page.addInitScript(cardProbe);
    await page.goto(`${origin}/demo/?card=${++pageCounter}`, { waitUntil: 'load' });
    await idle(page);
    await page.bringToFront();
    await page.locator('#notes').click();
    await page.keyboard.type(CARD_TEXT);
    const badge = page.locator('laipni-ui >> [data-laipni="badge"]');
    await badge.waitFor({ state: 'visible' });
    const frame = cardFrameOf(page);
    // Whether the warm card page had loaded when the agent clicked (the framed card only).
    const frameLoaded = frame
      ? (await probeOf(frame, () => window.__laipniCardProbe.loadedAt)) !== null
      : null;
    first.push({ ...(await openCardOnce(page, badge)), frameLoaded });
    for (let i = 0; i < reopen; i++) {
      await closeCard(page);
      later.push(await openCardOnce(page, badge));
    }
    await page.close();
  }
  return { first, later };
}
