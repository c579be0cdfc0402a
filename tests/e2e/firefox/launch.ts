import { randomUUID } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import {
  Browser as BrowserKind,
  createProfile,
  launch,
  WEBDRIVER_BIDI_WEBSOCKET_ENDPOINT_REGEX,
} from '@puppeteer/browsers';
import puppeteer, { type Browser } from 'puppeteer-core';
import { ensureFirefox } from '../../../scripts/lib/find-browser.mjs';
import { existingSessionTransport } from './bidi-transport';
import { connectMarionette, type MarionetteClient } from './marionette';

/** The gecko id in wxt.config.ts. */
export const GECKO_ID = 'laipni@laipni.lv';
export const FIREFOX_EXTENSION_DIR = resolve('.output/firefox-mv2');
export const FIREFOX_TEST_EXTENSION_DIR = resolve('.output/firefox-mv2-test');

export interface FirefoxSession {
  /** Puppeteer over WebDriver BiDi: web pages, input, page scripts. */
  browser: Browser;
  /** The same session over Marionette: our extension's documents, which BiDi does not list. */
  marionette: MarionetteClient;
  /** `moz-extension://<uuid>`: the uuid is chosen per profile, so the test sets it. */
  extensionOrigin: string;
  close(): Promise<void>;
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** Marionette writes the port it listens on (asked for 0: any free one) into the profile. */
async function marionettePort(profile: string): Promise<number> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const port = Number(
      await readFile(join(profile, 'MarionetteActivePort'), 'utf8').catch(() => 0),
    );
    if (port > 0) return port;
    if (Date.now() > deadline) throw new Error('Marionette did not start within 30 s');
    await sleep(100); // polling a file Firefox writes at start; no event tells us
  }
}

interface SessionAnswer {
  sessionId: string;
  capabilities: { webSocketUrl?: string };
}

/** Firefox preferences a suite adds to the fresh profile (e.g. where downloads go). */
export type FirefoxPreferences = Record<string, string | number | boolean>;

async function launchOnce(
  extensionDir: string,
  extra: FirefoxPreferences = {},
): Promise<FirefoxSession> {
  const uuid = randomUUID();
  const profile = await mkdtemp(join(tmpdir(), 'laipni-firefox-'));
  await createProfile(BrowserKind.FIREFOX, {
    path: profile,
    preferences: {
      'marionette.port': 0,
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: uuid }),
      ...extra,
    },
  });
  // System access lets Marionette open moz-extension:// pages in a tab (the options page);
  // both protocols refuse that navigation otherwise.
  const process = launch({
    executablePath: ensureFirefox(),
    args: [
      '--headless',
      '--no-remote',
      '--profile',
      profile,
      '--remote-debugging-port=0',
      '--marionette',
      '--remote-allow-system-access',
    ],
  });
  try {
    await process.waitForLineOutput(WEBDRIVER_BIDI_WEBSOCKET_ENDPOINT_REGEX, 40_000);
    const marionette = await connectMarionette(await marionettePort(profile));
    // Marionette opens the session with a BiDi socket; Puppeteer then drives that session.
    const session = await marionette.send<SessionAnswer>('WebDriver:NewSession', {
      webSocketUrl: true,
    });
    const url = session.capabilities.webSocketUrl;
    if (!url) throw new Error('Firefox gave the session no WebDriver BiDi socket');
    const browser = await puppeteer.connect({
      transport: await existingSessionTransport(url, session),
      protocol: 'webDriverBiDi',
      defaultViewport: { width: 1366, height: 860 },
    });
    const installed = await browser.installExtension(extensionDir);
    if (installed !== GECKO_ID) throw new Error(`installed ${installed}, expected ${GECKO_ID}`);
    return {
      browser,
      marionette,
      extensionOrigin: `moz-extension://${uuid}`,
      async close() {
        await browser.close().catch(() => undefined);
        marionette.close();
        await process.close();
        await rm(profile, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await process.close();
    await rm(profile, { recursive: true, force: true });
    throw error;
  }
}

/** Debian's Firefox ESR with the build installed as a temporary add-on. */
export async function launchFirefox(
  extensionDir = FIREFOX_TEST_EXTENSION_DIR,
  preferences: FirefoxPreferences = {},
): Promise<FirefoxSession> {
  // A start that stalls on a loaded 2-core machine is retried once with a fresh profile.
  try {
    return await launchOnce(extensionDir, preferences);
  } catch (error) {
    console.warn(`Firefox did not start cleanly (${(error as Error).message}); trying once more.`);
    return launchOnce(extensionDir, preferences);
  }
}
