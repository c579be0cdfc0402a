// `npm run demo`: the demo CRM page on localhost in Chromium with the built extension loaded.
// Without a display it runs headless, saves a screenshot and keeps serving until stopped.
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { buildExtension } from './lib/build-extension.mjs';
import { launchWithExtension } from './lib/launch.mjs';
import { startStaticServer } from './lib/static-server.mjs';

const port = Number(process.env.DEMO_PORT ?? 5174);
const headless = !process.env.DISPLAY || process.env.HEADLESS === '1';

console.log('Building the extension…');
buildExtension({ test: false });
const server = await startStaticServer({ '/demo/': 'demo' }, { port });
const url = `${server.origin}/demo/`;
const browser = await launchWithExtension({ headless });
const page = browser.context.pages()[0] ?? (await browser.context.newPage());
await page.goto(url);
await page.locator('#notes').click();
await page.keyboard.press('Alt+Shift+L');
await page.locator('iframe[data-laipni="sidebar"]').waitFor();
await page.keyboard.type('Labdien! Es nezinu, kad rēķins tiks pārrēķināts.');

const screenshot = resolve('test-results/demo.png');
await mkdir('test-results', { recursive: true });
const sidebar = page.frameLocator('iframe[data-laipni="sidebar"]');
await sidebar.locator('[data-laipni="sidebar-app"]').waitFor();
// The screenshot shows the finding in the sidebar too (it is relayed a moment after the check).
await sidebar.locator('[data-laipni="finding"]').first().waitFor();
await page.screenshot({ path: screenshot });

console.log(`Demo CRM: ${url}`);
console.log(`Extension id: ${browser.extensionId}`);
console.log(`Screenshot: ${screenshot}`);
console.log(
  headless ? 'Running headless (no display). Press Ctrl+C to stop.' : 'Press Ctrl+C to stop.',
);

async function stop() {
  await browser.close().catch(() => undefined);
  await server.close();
  process.exit(0);
}
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
if (process.env.DEMO_EXIT_AFTER_SCREENSHOT === '1') await stop();
