// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { buildTextMap, createTextMapCache } from '../../../../lib/content/fields/text-map';

function field(html: string): HTMLElement {
  const root = document.createElement('div');
  root.contentEditable = 'true';
  root.innerHTML = html;
  document.body.append(root);
  return root;
}

afterEach(() => {
  document.body.innerHTML = '';
});

/** Every offset maps to the same DOM position through the cached and the fresh map. */
function expectSameMaps(root: HTMLElement, cached: ReturnType<typeof buildTextMap>): void {
  const fresh = buildTextMap(root);
  expect(cached.text).toBe(fresh.text);
  for (let offset = 0; offset <= fresh.text.length; offset++) {
    const a = cached.rangeFor(offset, offset);
    const b = fresh.rangeFor(offset, offset);
    expect([a?.startContainer, a?.startOffset]).toEqual([b?.startContainer, b?.startOffset]);
  }
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    expect(cached.offsetOf(node, 1)).toBe(fresh.offsetOf(node, 1));
  }
}

const START = '<p>Labdien! Es <b>nezinu</b>.</p><p>Hallo<br>čau</p><div>Mēs to nevaram.</div>';

const edits: Array<[string, (root: HTMLElement) => void]> = [
  ['typing into a paragraph', (r) => (r.querySelector('p')!.firstChild as Text).appendData(' x')],
  [
    'typing inside a nested inline',
    (r) => (r.querySelector('b')!.firstChild as Text).insertData(2, 'yy'),
  ],
  [
    'a new paragraph',
    (r) =>
      r
        .querySelector('p')!
        .after(Object.assign(document.createElement('p'), { textContent: 'Jauns' })),
  ],
  ['a removed paragraph', (r) => r.querySelectorAll('p')[1]!.remove()],
  ['a line break', (r) => r.querySelector('div')!.prepend(document.createElement('br'))],
  ['a paragraph emptied', (r) => (r.querySelector('div')!.textContent = '')],
  ['a text node at the root', (r) => r.append(document.createTextNode('beigas'))],
  [
    'a paragraph replaced (an editor re-render)',
    (r) =>
      r.firstElementChild!.replaceWith(
        Object.assign(document.createElement('p'), {
          innerHTML: 'Labdien! <i>Es</i> noskaidrošu.',
        }),
      ),
  ],
];

describe('the text map of a contenteditable, kept between keystrokes', () => {
  it.each(edits)('after %s it maps like a fresh read', (_name, edit) => {
    const root = field(START);
    const cache = createTextMapCache(root);
    expectSameMaps(root, cache.read());
    edit(root);
    expectSameMaps(root, cache.read());
    cache.release();
  });

  it.each(edits)(
    'after %s and a microtask (the observer was told) it still maps right',
    async (_name, edit) => {
      const root = field(START);
      const cache = createTextMapCache(root);
      cache.read();
      edit(root);
      await new Promise((resolve) => setTimeout(resolve, 0));
      expectSameMaps(root, cache.read());
      cache.release();
    },
  );

  it('follows a sequence of every edit', () => {
    const root = field(START);
    const cache = createTextMapCache(root);
    for (const [, edit] of edits) {
      edit(root);
      expectSameMaps(root, cache.read());
    }
    cache.release();
  });

  it('reads the text of the blocks with line breaks between them', () => {
    const root = field(START);
    const cache = createTextMapCache(root);
    expect(cache.read().text).toBe('Labdien! Es nezinu.\nHallo\nčau\nMēs to nevaram.\n');
    cache.release();
  });
});
