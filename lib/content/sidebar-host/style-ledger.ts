/** An element whose inline style we may change (HTML and SVG elements alike). */
export type Styled = Element & ElementCSSInlineStyle;

interface Entry {
  /** The `style` attribute before our first change (null: there was none). */
  attribute: string | null;
  /** Each property we set: its inline value and priority before, and the value we set. */
  props: Map<string, { value: string; priority: string; ours: string }>;
  /** The `style` attribute right after our last change. */
  written: string | null;
}

export interface StyleLedger {
  /** Sets one inline property (`!important`, so the page's own rules cannot undo it). */
  set(element: Styled, property: string, value: string): void;
  /** Puts one element's inline style back as it was before our first change. */
  restore(element: Styled): void;
  restoreAll(): void;
  has(element: Element): boolean;
  /** True when the element's `style` attribute is exactly what we last wrote. */
  isOurWrite(element: Element): boolean;
  elements(): Element[];
}

/**
 * Every inline style change we make to the page, so that it can be undone exactly. Setting
 * and removing a property re-serialises the whole `style` attribute, so when the page has not
 * changed it since, the original attribute text is put back (or the attribute removed); when
 * the page has, only our own properties are reverted and the page's changes stay.
 */
export function createStyleLedger(): StyleLedger {
  const entries = new Map<Styled, Entry>();

  function restore(element: Styled): void {
    const entry = entries.get(element);
    if (!entry) return;
    entries.delete(element);
    if (element.getAttribute('style') === entry.written) {
      if (entry.attribute === null) element.removeAttribute('style');
      else element.setAttribute('style', entry.attribute);
      return;
    }
    for (const [property, before] of entry.props) {
      const style = element.style;
      if (style.getPropertyValue(property) !== before.ours) continue; // the page's value now
      if (before.value) style.setProperty(property, before.value, before.priority);
      else style.removeProperty(property);
    }
    if (entry.attribute === null && element.getAttribute('style') === '')
      element.removeAttribute('style');
  }

  return {
    set(element, property, value) {
      let entry = entries.get(element);
      if (!entry) {
        entry = { attribute: element.getAttribute('style'), props: new Map(), written: null };
        entries.set(element, entry);
      }
      const style = element.style;
      if (!entry.props.has(property))
        entry.props.set(property, {
          value: style.getPropertyValue(property),
          priority: style.getPropertyPriority(property),
          ours: '',
        });
      style.setProperty(property, value, 'important');
      // What the browser made of it (`0` may read back as `0px`), to recognise it later.
      entry.props.get(property)!.ours = style.getPropertyValue(property);
      entry.written = element.getAttribute('style');
    },
    restore,
    restoreAll() {
      for (const element of [...entries.keys()]) restore(element);
    },
    has: (element) => entries.has(element as Styled),
    isOurWrite: (element) => {
      const entry = entries.get(element as Styled);
      return entry !== undefined && element.getAttribute('style') === entry.written;
    },
    elements: () => [...entries.keys()],
  };
}
