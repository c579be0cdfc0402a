import { expect } from 'vitest';
import { MarionetteError, type MarionetteClient } from './marionette';

/** One step down to a frame: the iframe's selector, inside `host`'s open shadow root if given. */
export interface FrameStep {
  host?: string;
  frame: string;
}

/** Where a document is: a tab (Marionette's window handle) and the frames down to it. */
export interface DocumentPlace {
  handle: string;
  frames: FrameStep[];
}

type ElementRef = Record<string, string>;

/**
 * One of our extension's documents (card, sidebar, options page) driven through Marionette,
 * which Firefox's WebDriver BiDi cannot see. Clicks and keys are trusted input; every call first
 * selects the document's tab (without bringing it to the front) and frames.
 */
export interface ExtensionDocument {
  count(selector: string): Promise<number>;
  /** Waits until `selector` matches an element that is displayed. */
  waitFor(selector: string): Promise<void>;
  texts(selector: string): Promise<string[]>;
  text(selector: string): Promise<string>;
  attribute(selector: string, name: string, nth?: number): Promise<string | null>;
  /** A DOM property of the first match (`checked`, `value`); null without a match. */
  property<T>(selector: string, name: string): Promise<T | null>;
  /** A real click on the `nth` match, once it can be clicked. */
  click(selector: string, nth?: number): Promise<void>;
  /** Focuses the field and types into it (real key events). */
  type(selector: string, text: string): Promise<void>;
  /** Runs `fn(...args)` in the document (awaits a promise); the result comes back as JSON. */
  evaluate<T, A extends unknown[]>(fn: (...args: A) => T | Promise<T>, ...args: A): Promise<T>;
  /** Runs a script body (WebDriver's Execute Script: `arguments` are `args`). */
  script<T>(body: string, args: unknown[]): Promise<T>;
}

const elementId = (ref: ElementRef): string => Object.values(ref)[0]!;

/** Errors that mean the context went away (a frame re-created): select it again and retry. */
const CONTEXT_GONE = new Set(['no such frame', 'no such window', 'stale element reference']);

/** Serialises Marionette use: it has one current context. */
function createQueue() {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(job: () => Promise<T>): Promise<T> => {
    const run = tail.then(job, job);
    tail = run.catch(() => undefined);
    return run;
  };
}

export function createDocumentDriver(marionette: MarionetteClient) {
  const queue = createQueue();
  let selected: string | null = null;

  async function select(place: DocumentPlace): Promise<void> {
    const key = JSON.stringify(place);
    if (selected === key) return;
    selected = null;
    await marionette.send('WebDriver:SwitchToWindow', { handle: place.handle, focus: false });
    await marionette.send('WebDriver:SwitchToFrame', { id: null });
    for (const step of place.frames) {
      let frame: { value: ElementRef };
      if (step.host) {
        const host = await marionette.send<{ value: ElementRef }>('WebDriver:FindElement', {
          using: 'css selector',
          value: step.host,
        });
        const root = await marionette.send<{ value: ElementRef }>('WebDriver:GetShadowRoot', {
          id: elementId(host.value),
        });
        frame = await marionette.send('WebDriver:FindElementFromShadowRoot', {
          shadowRoot: elementId(root.value),
          using: 'css selector',
          value: step.frame,
        });
      } else {
        frame = await marionette.send('WebDriver:FindElement', {
          using: 'css selector',
          value: step.frame,
        });
      }
      await marionette.send('WebDriver:SwitchToFrame', { id: frame.value });
    }
    selected = key;
  }

  /** Runs `job` in the document, selecting it again once if its context was replaced. */
  function inDocument<T>(place: DocumentPlace, job: () => Promise<T>): Promise<T> {
    return queue(async () => {
      try {
        await select(place);
        return await job();
      } catch (error) {
        selected = null;
        if (!(error instanceof MarionetteError) || !CONTEXT_GONE.has(error.code)) throw error;
        await select(place);
        return job();
      }
    });
  }

  async function all(selector: string): Promise<ElementRef[]> {
    return marionette.send<ElementRef[]>('WebDriver:FindElements', {
      using: 'css selector',
      value: selector,
    });
  }

  return function documentAt(place: DocumentPlace): ExtensionDocument {
    const run = <T>(job: () => Promise<T>) => inDocument(place, job);
    const nthOf = async (selector: string, nth: number): Promise<ElementRef | null> =>
      (await all(selector))[nth] ?? null;
    const doc: ExtensionDocument = {
      // Errors are thrown, not read as 0: a frame that is gone must not pass "none shown".
      count: (selector) => run(async () => (await all(selector)).length),
      async waitFor(selector) {
        await expect
          .poll(() =>
            run(async () => {
              const found = await nthOf(selector, 0);
              if (!found) return false;
              const shown = await marionette.send<{ value: boolean }>(
                'WebDriver:IsElementDisplayed',
                { id: elementId(found) },
              );
              return shown.value;
            }).catch(() => false),
          )
          .toBe(true);
      },
      texts: (selector) =>
        run(async () => {
          const found = await all(selector);
          const texts: string[] = [];
          for (const ref of found) {
            const text = await marionette.send<{ value: string }>('WebDriver:GetElementProperty', {
              id: elementId(ref),
              name: 'textContent',
            });
            texts.push(text.value);
          }
          return texts;
        }),
      async text(selector) {
        await doc.waitFor(selector);
        return (await doc.texts(selector))[0] ?? '';
      },
      attribute: (selector, name, nth = 0) =>
        run(async () => {
          const found = await nthOf(selector, nth);
          if (!found) return null;
          const value = await marionette.send<{ value: string | null }>(
            'WebDriver:GetElementAttribute',
            { id: elementId(found), name },
          );
          return value.value;
        }),
      property: <T>(selector: string, name: string) =>
        run(async () => {
          const found = await nthOf(selector, 0);
          if (!found) return null;
          const value = await marionette.send<{ value: T }>('WebDriver:GetElementProperty', {
            id: elementId(found),
            name,
          });
          return value.value;
        }),
      async click(selector, nth = 0) {
        // A frame that is still sizing itself cannot be clicked yet, nor a button still
        // disabled (a confirmation arms a moment after it appears): retry until it can.
        await expect
          .poll(() =>
            run(async () => {
              const found = await nthOf(selector, nth);
              if (!found) return false;
              const enabled = await marionette.send<{ value: boolean }>(
                'WebDriver:IsElementEnabled',
                { id: elementId(found) },
              );
              if (!enabled.value) return false;
              await marionette.send('WebDriver:ElementClick', { id: elementId(found) });
              return true;
            }).catch(() => false),
          )
          .toBe(true);
      },
      async type(selector, text) {
        await doc.waitFor(selector);
        await run(async () => {
          const found = await nthOf(selector, 0);
          if (!found) throw new Error(`no ${selector}`);
          await marionette.send('WebDriver:ElementSendKeys', { id: elementId(found), text });
        });
      },
      evaluate(fn, ...args) {
        return doc.script(`return (${fn.toString()}).apply(null, arguments);`, args);
      },
      script<T>(body: string, args: unknown[]) {
        return run(async () => {
          const answer = await marionette.send<{ value: T }>('WebDriver:ExecuteScript', {
            script: body,
            args,
          });
          return answer.value;
        });
      },
    };
    return doc;
  };
}
