import { describe, expect, it } from 'vitest';
import { isPanelSender } from '../../../../lib/background/sidebar/panel';

const BASE = 'chrome-extension://kajdnpilbfhehopjdbojibjcclakjpme/';
const PANEL = `${BASE}sidepanel.html`;
const CRM = 'https://crm.example.lv/case/4411';

describe('only our side panel page may ask for the active tab', () => {
  it.each([
    ['the browser side panel (no tab)', { url: PANEL }, true],
    [
      'the panel page opened as a tab by the agent',
      { url: PANEL, tab: { id: 3, url: PANEL }, frameId: 0 },
      true,
    ],
    ['the panel page with a query', { url: `${PANEL}?x=1` }, true],
    [
      'the in-page sidebar frame in a CRM tab',
      { url: `${BASE}sidebar.html`, tab: { id: 3, url: CRM }, frameId: 7 },
      false,
    ],
    [
      'the panel page framed in a CRM tab',
      { url: PANEL, tab: { id: 3, url: CRM }, frameId: 7 },
      false,
    ],
    ['a sub-frame of our panel tab', { url: PANEL, tab: { id: 3, url: PANEL }, frameId: 2 }, false],
    ['a content script of the CRM', { url: CRM, tab: { id: 3, url: CRM }, frameId: 0 }, false],
    [
      'another extension’s page of the same name',
      { url: 'chrome-extension://other/sidepanel.html' },
      false,
    ],
    ['a look-alike path', { url: `${BASE}sidepanel.html.evil` }, false],
  ])('%s', (_, sender, allowed) => {
    expect(isPanelSender(sender, BASE)).toBe(allowed);
  });
});
