import { describe, expect, it } from 'vitest';
import { classifySender, type SenderInfo } from '../../../lib/protocol/transport/sender';

const identity = {
  extensionId: 'kajdnpilbfhehopjdbojibjcclakjpme',
  baseUrl: 'chrome-extension://kajdnpilbfhehopjdbojibjcclakjpme/',
};
const id = identity.extensionId;
const ext = (path: string) => `${identity.baseUrl}${path}`;

const cases: Array<[string, SenderInfo, ReturnType<typeof classifySender>]> = [
  [
    'options page in its own tab',
    {
      id,
      url: ext('options.html'),
      tab: { id: 4, url: ext('options.html') },
      frameId: 0,
      origin: 'chrome-extension://kajdnpilbfhehopjdbojibjcclakjpme',
    },
    'extension-page',
  ],
  ['popup / page without a tab', { id, url: ext('popup.html') }, 'extension-page'],
  [
    'sidebar iframe inside a CRM tab',
    {
      id,
      url: ext('sidebar.html?x=1'),
      tab: { id: 7, url: 'https://crm.example.lv/' },
      frameId: 3,
    },
    'extension-page',
  ],
  [
    'tab showing our page, no document URL',
    { id, tab: { id: 4, url: ext('options.html') } },
    'extension-page',
  ],
  [
    'content script in a CRM page',
    {
      id,
      url: 'https://crm.example.lv/deal/1',
      tab: { id: 7, url: 'https://crm.example.lv/deal/1' },
      frameId: 0,
      origin: 'https://crm.example.lv',
    },
    'content-script',
  ],
  [
    'content script in an about:blank editor frame',
    { id, url: 'about:blank', tab: { id: 7 }, frameId: 5 },
    'content-script',
  ],
  [
    'another extension',
    { id: 'otherextensionid', url: 'chrome-extension://otherextensionid/page.html' },
    'unknown',
  ],
  ['no sender id', { url: ext('options.html') }, 'unknown'],
  [
    'look-alike origin prefix',
    { id, url: 'chrome-extension://kajdnpilbfhehopjdbojibjcclakjpmeX/options.html' },
    'unknown',
  ],
  ['web URL without a tab', { id, url: 'https://evil.example/' }, 'unknown'],
  [
    'extension URL but a web origin',
    { id, url: ext('sidebar.html'), origin: 'https://evil.example', tab: { id: 1 } },
    'unknown',
  ],
  [
    'web URL but our origin',
    {
      id,
      url: 'https://crm.example.lv/',
      origin: 'chrome-extension://kajdnpilbfhehopjdbojibjcclakjpme',
      tab: { id: 1 },
    },
    'unknown',
  ],
  ['nothing at all', {}, 'unknown'],
];

describe('classifySender', () => {
  it.each(cases)('%s', (_name, sender, role) => {
    expect(classifySender(sender, identity)).toBe(role);
  });

  it('trusts nobody when the extension id is unknown', () => {
    expect(classifySender({ id: '', url: ext('x') }, { ...identity, extensionId: '' })).toBe(
      'unknown',
    );
  });

  it('works for Firefox moz-extension origins', () => {
    const ff = { extensionId: 'laipni@laipni.lv', baseUrl: 'moz-extension://1234-abcd/' };
    expect(
      classifySender({ id: ff.extensionId, url: 'moz-extension://1234-abcd/options.html' }, ff),
    ).toBe('extension-page');
    expect(
      classifySender({ id: ff.extensionId, url: 'https://crm.example.lv/', tab: { id: 2 } }, ff),
    ).toBe('content-script');
  });
});
