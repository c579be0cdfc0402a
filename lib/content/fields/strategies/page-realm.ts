/**
 * Where the events we send an editor are made. In Firefox a content script's objects live in
 * its own compartment and reach the page through wrappers: a `beforeinput` whose DataTransfer
 * and StaticRange the content script made was ignored by Lexical and Slate, and Trix deleted
 * the phrase and inserted nothing; the same event made with the page's own constructors
 * (`wrappedJSObject`), its init dictionary cloned into the page, works. Chromium's isolated
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
