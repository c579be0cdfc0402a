/**
 * Where the events we send an editor are made. In Firefox a content script's objects live in
 * its own compartment, and a page reads them only through wrappers that hide what it needs: an
 * editor's `beforeinput` or `paste` handler gets nothing from a DataTransfer or StaticRange the
 * content script made, so Lexical, Slate and Trix ignored the replacement (or deleted the
 * phrase and inserted nothing). Made with the page's own constructors (`wrappedJSObject`) and
 * their init dictionaries cloned into the page, the objects are the page's. Chromium's isolated
 * worlds share DOM objects with the page, so there the window's constructors serve as they are.
 */
interface PageRealm {
  /** The window whose constructors make page-owned objects. */
  win: Window & typeof globalThis;
  /** An init dictionary the page's constructors can read. */
  clone<T extends object>(value: T): T;
}

interface FirefoxWindow {
  wrappedJSObject?: Window & typeof globalThis;
}

/** Firefox content scripts' `cloneInto` (absent elsewhere). */
declare const cloneInto:
  (<T>(value: T, target: object, options?: { wrapReflectors?: boolean }) => T) | undefined;

export function pageRealm(win: Window & typeof globalThis): PageRealm {
  const page = (win as FirefoxWindow).wrappedJSObject;
  if (!page || typeof cloneInto !== 'function') return { win, clone: (value) => value };
  return { win: page, clone: (value) => cloneInto(value, page, { wrapReflectors: true }) };
}
