import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startHarness, type Harness } from './harness';

let harness: Harness;
let extensionPage: Page;

beforeAll(async () => {
  harness = await startHarness();
  extensionPage = await harness.context.newPage();
  await extensionPage.goto(`chrome-extension://${harness.extensionId}/options.html`);
});
afterAll(async () => {
  await harness?.close();
});

declare const chrome: {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  tabs: { query(filter: { url: string }): Promise<Array<{ id?: number }>> };
};

/** Runs a query or command of the tab's sidebar store through the test build's test requests. */
async function asSidebar(
  name: 'test:sidebar-read' | 'test:sidebar-run',
  payload: Record<string, unknown>,
): Promise<unknown> {
  return extensionPage.evaluate(
    ([n, p]) => chrome.runtime.sendMessage({ laipni: 1, name: n, payload: p }),
    [name, payload] as const,
  );
}

async function tabIdOf(page: Page): Promise<number> {
  return harness.worker.evaluate(
    async (url) => (await chrome.tabs.query({ url }))[0]?.id ?? -1,
    page.url(),
  );
}

interface TabStateReply {
  ok: boolean;
  value: {
    findings: Array<{
      ruleId: string;
      start: number;
      end: number;
      text: string;
      suggestions: string[];
    }>;
    page: { customerName?: string; contactSeen: boolean };
    telOffer?: { number: string };
  };
}

const tabState = async (tabId: number) =>
  (await asSidebar('test:sidebar-read', {
    tabId,
    query: { name: 'tab-state', params: {} },
  })) as TabStateReply;

describe('the page side of the sidebar', () => {
  it("reads the customer from the demo profile and relays the focused field's findings", async () => {
    const crm = await harness.open('/demo/?case=1');
    const tabId = await tabIdOf(crm);
    await crm.locator('#notes').click();
    await crm.keyboard.type('Es nezinu, kad būs rēķins.');
    await expect
      .poll(async () => (await tabState(tabId)).value.page)
      .toEqual({
        customerName: 'Jānis Bērziņš',
        contactSeen: true,
      });
    await expect
      .poll(async () => (await tabState(tabId)).value.findings.map((f) => f.ruleId))
      .toContain('es-nezinu');

    // Apply from the sidebar: the field changes through its adapter, even without focus.
    const finding = (await tabState(tabId)).value.findings.find((f) => f.ruleId === 'es-nezinu')!;
    const suggestion = finding.suggestions.find((s) => !s.includes('…'))!;
    await extensionPage.bringToFront();
    const apply = {
      name: 'apply',
      params: {
        finding: {
          ruleId: finding.ruleId,
          start: finding.start,
          end: finding.end,
          text: finding.text,
        },
        suggestion,
      },
    };
    const applied = await asSidebar('test:sidebar-run', { tabId, command: apply });
    expect(applied).toEqual({ ok: true, value: { ok: true } });
    expect(await crm.locator('#notes').inputValue()).toBe(`${suggestion}, kad būs rēķins.`);

    // A stale finding (the text changed) does nothing.
    const stale = await asSidebar('test:sidebar-run', { tabId, command: apply });
    expect(stale).toMatchObject({ ok: true, value: { ok: false } });
    await crm.close();
  });

  it('inserts a library phrase at the caret of the last focused field', async () => {
    const crm = await harness.open('/demo/?case=2');
    const tabId = await tabIdOf(crm);
    const chat = crm.locator('#chat-reply');
    await chat.click();
    await crm.keyboard.type('Paldies par gaidīšanu. ');
    await expect.poll(async () => (await tabState(tabId)).value.page.contactSeen).toBe(true);
    const inserted = await asSidebar('test:sidebar-run', {
      tabId,
      command: { name: 'insert', params: { text: 'Es noskaidrošu un Jums atzvanīšu.' } },
    });
    expect(inserted).toEqual({ ok: true, value: { ok: true } });
    await expect
      .poll(() => chat.textContent())
      .toBe('Paldies par gaidīšanu. Es noskaidrošu un Jums atzvanīšu.');
    await crm.close();
  });

  it('expands a typed abbreviation with Tab, variables filled', async () => {
    const crm = await harness.open('/demo/?case=3');
    const notes = crm.locator('#notes');
    await notes.click();
    await crm.keyboard.type(';nos');
    await crm.keyboard.press('Tab');
    await expect.poll(() => notes.inputValue()).toBe('Es noskaidrošu un Jums atzvanīšu.');
    // «;sk» greets the customer read from the page, in the vocative: Jānis Bērziņš → Jāni Bērziņ.
    await crm.keyboard.type(' ;sk');
    await crm.keyboard.press('Tab');
    await expect.poll(() => notes.inputValue()).toContain(', Jāni Bērziņ! ');
    expect(await notes.inputValue()).not.toContain('{');
    await crm.close();
  });

  it('offers a call when the agent clicks a tel: link, opening the sidebar', async () => {
    const crm = await harness.open('/demo/?case=4');
    const tabId = await tabIdOf(crm);
    await crm.evaluate(() => {
      // The demo has no softphone: keep the browser from leaving the page on tel:.
      document.addEventListener('click', (event) => event.preventDefault());
    });
    await crm.locator('a[href^="tel:"]').click();
    await expect
      .poll(async () => (await tabState(tabId)).value.telOffer?.number)
      .toBe('+37126123456');
    await expect.poll(() => crm.locator('iframe[data-laipni="sidebar"]').count()).toBe(1);
    await crm.close();
  });
});
