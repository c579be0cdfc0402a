// `node scripts/bench-sidebar-room.mjs`: what the open in-page sidebar's room-making
// (lib/content/sidebar-host/page-room.ts: a MutationObserver, fitting fixed layers) costs a
// busy CRM page, as the page's main-thread task time per second with the sidebar closed (the
// baseline) and open, in the same browser and page, the two taking turns.
//
// Needs the test build (`npm run build:test`; it has the toolbar hook). Environment:
// BENCH_ROOM_RUNS (default 5) pairs per scenario, BENCH_ROOM_WINDOW_MS (default 2000) per
// measurement. It prints figures; nothing fails on them. Load average is printed beside them:
// on a shared machine the figures are noisy.
import { loadavg, cpus } from 'node:os';
import { launchWithExtension, TEST_EXTENSION_DIR } from './lib/launch.mjs';
import { startStaticServer } from './lib/static-server.mjs';
import { median, ms, printTable } from './lib/bench-stats.mjs';

const RUNS = Number(process.env.BENCH_ROOM_RUNS ?? 5);
const WINDOW_MS = Number(process.env.BENCH_ROOM_WINDOW_MS ?? 2000);

/** Work the page does by itself, started in the page once it is loaded. */
const SCENARIOS = [
  {
    name: 'busy table: 3,000 more rows, 40 class changes and a clock each frame',
    start: () => {
      const body = document.querySelector('tbody');
      for (let i = 0; i < 3000; i++) {
        const row = document.createElement('tr');
        for (let c = 0; c < 4; c++) row.append(document.createElement('td'));
        row.cells[0].textContent = `Rinda ${i}`;
        body.append(row);
      }
      const cells = [...document.querySelectorAll('td')];
      const clock = document.createElement('span');
      document.querySelector('.brand').append(clock);
      let n = 0;
      const tick = () => {
        for (let k = 0; k < 40; k++) cells[(n * 40 + k) % cells.length].classList.toggle('hot');
        clock.textContent = ` ${n++}`;
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    },
  },
  {
    name: 'toast churn: a new fixed toast every 100 ms, the previous removed',
    start: () => {
      let last = null;
      setInterval(() => {
        last?.remove();
        last = document.createElement('div');
        last.className = 'toast';
        last.textContent = `Paziņojums ${Date.now()}`;
        document.body.append(last);
      }, 100);
    },
  },
];

async function toggle(worker, url) {
  return worker.evaluate(async (pageUrl) => {
    const [tab] = await chrome.tabs.query({ url: pageUrl });
    return globalThis.laipniToolbar.click(tab.id);
  }, url);
}

/** Main-thread task time of the page per second of wall time, over one window. */
async function taskTimePerSecond(cdp) {
  const read = async () =>
    (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration').value;
  const before = await read();
  const start = Date.now();
  await new Promise((done) => setTimeout(done, WINDOW_MS)); // the window itself
  const after = await read();
  return ((after - before) * 1000) / ((Date.now() - start) / 1000);
}

async function setOpen(worker, page, open) {
  const frames = () => page.locator('iframe[data-laipni="sidebar"]').count();
  if ((await frames()) > 0 !== open) await toggle(worker, page.url());
  await page.waitForFunction(
    (want) =>
      (document.querySelector('iframe[data-laipni="sidebar"]') !== null) === want &&
      (getComputedStyle(document.documentElement).marginRight !== '0px') === want,
    open,
  );
}

const server = await startStaticServer({ '/fixtures/': 'tests/e2e/fixtures' });
const browser = await launchWithExtension({ extensionDir: TEST_EXTENSION_DIR });
const rows = [];
try {
  for (const scenario of SCENARIOS) {
    const closed = [];
    const opened = [];
    for (let run = 0; run < RUNS; run++) {
      const page = await browser.context.newPage();
      await page.goto(`${server.origin}/fixtures/layout/crm.html`);
      await page.evaluate(scenario.start);
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Performance.enable');
      // Taking turns: odd runs measure open first.
      for (const open of run % 2 === 0 ? [false, true] : [true, false]) {
        await setOpen(browser.worker, page, open);
        (open ? opened : closed).push(await taskTimePerSecond(cdp));
      }
      await setOpen(browser.worker, page, false);
      await page.close();
    }
    const c = median(closed);
    const o = median(opened);
    rows.push([scenario.name, ms(c, 1), ms(o, 1), ms(o - c, 1)]);
  }
} finally {
  await browser.close();
  await server.close();
}
printTable(
  `Sidebar room: page main-thread task time per second (median of ${RUNS}, ${WINDOW_MS} ms windows; load average ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')} on ${cpus().length} cores)`,
  ['page', 'sidebar closed (baseline)', 'sidebar open', 'difference'],
  rows,
);
