import type { RefObject } from 'preact';
import { useEffect, useState } from 'preact/hooks';

type VisibilityEntry = IntersectionObserverEntry & { isVisible?: boolean };
type VisibilityInit = IntersectionObserverInit & { trackVisibility: boolean; delay: number };

const supported =
  typeof IntersectionObserverEntry !== 'undefined' &&
  'isVisible' in IntersectionObserverEntry.prototype;

/**
 * Whether `ref`'s element is really seen: not covered, made see-through or transformed by the
 * page that frames us (Chromium's IntersectionObserver v2). A page can restyle our frame and
 * lure a click onto it; a confirmation only counts while this is true. Where the browser cannot
 * tell (Firefox), it is taken as seen and the confirmation's arming delay is the defence.
 */
export function useUnobscured(ref: RefObject<Element>): boolean {
  const [seen, setSeen] = useState(!supported);
  useEffect(() => {
    const element = ref.current;
    if (!supported || !element) return;
    const init: VisibilityInit = { trackVisibility: true, delay: 100, threshold: 1 };
    const observer = new IntersectionObserver((entries) => {
      const last = entries.at(-1) as VisibilityEntry | undefined;
      if (last) setSeen(last.isVisible === true);
    }, init);
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return seen;
}
