// Chromium traces for the page benchmark: record with the DevTools protocol's `Tracing` domain
// (`devtools.timeline`, the Performance panel's category) and read two things out of them:
// script time attributed to the extension's own scripts (by their chrome-extension:// URL), and
// the main thread's time dispatching keyboard and input events, grouped per keystroke.

const CATEGORIES = ['devtools.timeline', 'v8.execute', '__metadata'];

/** Events that run a script; their `url` (or v8's `fileName`) says whose script it is. */
const SCRIPT_EVENTS = new Set(['EvaluateScript', 'FunctionCall', 'v8.compile', 'v8.run']);
const KEY_EVENTS = new Set(['keydown', 'keypress', 'beforeinput', 'input', 'keyup']);

/**
 * Starts a trace on a page's CDP session; `stop()` ends it and returns the events.
 * @param {import('playwright-core').CDPSession} cdp
 */
export async function startTrace(cdp) {
  /** @type {any[]} */
  const events = [];
  const onData = (/** @type {{ value: any[] }} */ chunk) => {
    for (const event of chunk.value) events.push(event);
  };
  cdp.on('Tracing.dataCollected', onData);
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: CATEGORIES, recordMode: 'recordAsMuchAsPossible' },
    transferMode: 'ReportEvents',
  });
  return {
    async stop() {
      const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
      await cdp.send('Tracing.end');
      await complete;
      cdp.off('Tracing.dataCollected', onData);
      return events;
    },
  };
}

function scriptUrl(event) {
  return event.args?.data?.url ?? event.args?.fileName ?? '';
}

/**
 * Complete ("X") events as [start, end] in microseconds. `wall` uses the trace clock; `thread`
 * the thread's CPU clock (`tts`/`tdur`), which does not count time the thread waited for a
 * core, so it is steadier on a busy machine.
 */
function intervals(events, clock = 'wall') {
  const [at, length] = clock === 'thread' ? ['tts', 'tdur'] : ['ts', 'dur'];
  return events
    .filter((e) => e.ph === 'X' && typeof e[at] === 'number' && typeof e[length] === 'number')
    .map((e) => /** @type {[number, number]} */ ([e[at], e[at] + e[length]]));
}

/** Merges overlapping intervals (nested script events count once). */
function union(intervals) {
  const sorted = [...intervals].sort((a, b) => a[0] - b[0]);
  /** @type {Array<[number, number]>} */
  const merged = [];
  for (const [start, end] of sorted) {
    const last = merged.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

function total(intervals) {
  return intervals.reduce((sum, [start, end]) => sum + (end - start), 0);
}

/** Length of the overlap of two merged interval lists. */
function overlap(a, b) {
  let i = 0;
  let j = 0;
  let sum = 0;
  while (i < a.length && j < b.length) {
    const start = Math.max(a[i][0], b[j][0]);
    const end = Math.min(a[i][1], b[j][1]);
    if (end > start) sum += end - start;
    if (a[i][1] < b[j][1]) i++;
    else j++;
  }
  return sum;
}

/** The extension's scripts in the page: any chrome-extension:// URL but the service worker's. */
export function inPageExtensionScript(url) {
  return url.startsWith('chrome-extension://') && !url.endsWith('/background.js');
}

/**
 * Intervals where the extension's scripts ran in the page's renderers (nested events merged;
 * the page's frames share one main thread).
 * @param {any[]} events
 * @param {{ which?: (url: string) => boolean, clock?: 'wall' | 'thread' }} [options]
 */
export function extensionScriptIntervals(events, { which = inPageExtensionScript, clock } = {}) {
  const ours = events.filter((e) => SCRIPT_EVENTS.has(e.name) && which(scriptUrl(e)));
  return union(intervals(ours, clock));
}

/** Extension script time in ms (nested events counted once), wall-clock or thread CPU time. */
export function extensionScriptMs(events, options) {
  return total(extensionScriptIntervals(events, options)) / 1000;
}

/**
 * Keyboard/input dispatch per keystroke: each `keydown` starts a keystroke. For each, the main
 * thread's time inside EventDispatch of keydown/keypress/beforeinput/input/keyup (nested
 * dispatches counted once), also in the thread's CPU time (leaves out the time the thread
 * waited for a core, steadier on a busy machine), and the extension's script time inside those
 * dispatches and inside the whole keystroke window (up to the next keydown, so work the
 * extension defers counts too).
 * @param {any[]} events
 */
export function keystrokes(events) {
  const dispatches = events
    .filter(
      (e) => e.name === 'EventDispatch' && e.ph === 'X' && KEY_EVENTS.has(e.args?.data?.type ?? ''),
    )
    .sort((a, b) => a.ts - b.ts);
  const ours = extensionScriptIntervals(events);
  /** @type {Array<{ start: number, intervals: Array<[number, number]>, cpu: Array<[number, number]> }>} */
  const groups = [];
  for (const event of dispatches) {
    if (event.args.data.type === 'keydown' || groups.length === 0)
      groups.push({ start: event.ts, intervals: [], cpu: [] });
    groups.at(-1)?.intervals.push([event.ts, event.ts + event.dur]);
    if (typeof event.tts === 'number' && typeof event.tdur === 'number')
      groups.at(-1)?.cpu.push([event.tts, event.tts + event.tdur]);
  }
  return groups.map((group, index) => {
    const dispatch = union(group.intervals);
    const windowEnd = groups[index + 1]?.start ?? Infinity;
    return {
      dispatchMs: total(dispatch) / 1000,
      dispatchCpuMs: total(union(group.cpu)) / 1000,
      extensionInDispatchMs: overlap(dispatch, ours) / 1000,
      extensionInWindowMs: overlap([[group.start, windowEnd]], ours) / 1000,
    };
  });
}
