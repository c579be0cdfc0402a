// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { createStyleLedger } from '../../../../lib/content/sidebar-host/style-ledger';

function element(style: string | null): HTMLElement {
  const div = document.createElement('div');
  if (style !== null) div.setAttribute('style', style);
  return div;
}

describe('the style ledger puts the page back exactly', () => {
  it.each([
    ['no style attribute', null],
    ['an empty one', ''],
    ['the page’s own spacing and order', 'color:red;  right : 4px ;top:0'],
    ['the page’s own !important', 'right: 2px !important; width: 50%'],
  ])('with %s, restoring brings back the attribute text as it was', (_, style) => {
    const ledger = createStyleLedger();
    const div = element(style);
    ledger.set(div, 'right', '360px');
    ledger.set(div, 'width', '100px');
    expect(div.style.getPropertyValue('right')).toBe('360px');
    expect(div.style.getPropertyPriority('right')).toBe('important');
    expect(ledger.isOurWrite(div)).toBe(true);
    ledger.restore(div);
    expect(div.getAttribute('style')).toBe(style);
    expect(ledger.has(div)).toBe(false);
  });

  it('a property the page changed since stays the page’s; ours are reverted to the page’s old values', () => {
    const ledger = createStyleLedger();
    const div = element('right: 4px; color: red');
    ledger.set(div, 'right', '364px');
    ledger.set(div, 'width', '100px');
    div.style.color = 'blue'; // the page restyles it while the sidebar is open
    div.style.setProperty('width', '80px');
    expect(ledger.isOurWrite(div)).toBe(false);
    ledger.restoreAll();
    expect(div.style.getPropertyValue('color')).toBe('blue');
    expect(div.style.getPropertyValue('width')).toBe('80px');
    expect(div.style.getPropertyValue('right')).toBe('4px');
    expect(div.style.getPropertyPriority('right')).toBe('');
  });

  it('an element without a style attribute has none again after the page touched another one', () => {
    const ledger = createStyleLedger();
    const div = element(null);
    ledger.set(div, 'left', '-10px');
    div.style.setProperty('top', '1px');
    div.style.removeProperty('top');
    ledger.restore(div);
    expect(div.hasAttribute('style')).toBe(false);
  });
});
