import { useEffect, useLayoutEffect, useRef } from 'preact/hooks';
import type { CardView, SidebarStore } from '../../lib/protocol/sidebar-store';
import { useI18n } from '../shared/i18n';
import './card.css';

/** The tallest card the frame is told about (the store's bound). */
const MAX_REPORTED_HEIGHT = 4000;

/** Whether the page around this frame has been told a height (it shows the frame only then). */
let frameSized = false;

function reportHeight(store: SidebarStore, element: HTMLElement): void {
  void store
    .run({
      name: 'card-size',
      // The frame shows at most part of the viewport and the card scrolls inside it.
      params: { height: Math.min(MAX_REPORTED_HEIGHT, Math.ceil(element.scrollHeight) + 2) },
    })
    .then((result) => {
      if (result.ok) frameSized = true;
    })
    .catch(() => undefined);
}

/**
 * `[data-laipni="card"]`: each finding (`[data-laipni="finding"][data-rule]`) with its reason,
 * its suggestions as `button[data-laipni="suggestion"]` and `button[data-laipni="ignore"]`.
 * Pack text is set as text, never as HTML. Buttons act only on real clicks; the frame around
 * the card is told the card's height so it fits.
 */
export function Card(props: { store: SidebarStore; view: CardView }) {
  const { t } = useI18n();
  const { store, view } = props;
  const root = useRef<HTMLDivElement>(null);

  // The first card of this frame is measured as soon as its findings are in the DOM: the page
  // keeps the frame hidden until it knows a height, and a hidden cross-origin frame gets no
  // animation frames, so the passive effect below would wait for Preact's fallback timer. Later
  // cards show at once at the last height; measuring them after paint keeps that work (and the
  // background's relay of it) out of the frame that first shows them.
  useLayoutEffect(() => {
    if (!frameSized && root.current) reportHeight(store, root.current);
  }, [store]);

  useEffect(() => {
    const element = root.current;
    if (!element) return;
    const observer = new ResizeObserver(() => reportHeight(store, element));
    observer.observe(element);
    reportHeight(store, element);
    return () => observer.disconnect();
  }, [store]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!event.isTrusted || event.key !== 'Escape') return;
      void store.run({ name: 'card-close', params: {} }).catch(() => undefined);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [store]);

  const act = (event: MouseEvent, run: () => Promise<unknown>) => {
    if (event.isTrusted) void run().catch(() => undefined);
  };

  return (
    <div class="card" data-laipni="card" role="dialog" aria-label={t('card.title')} ref={root}>
      {view.findings.map((finding, index) => (
        <div class="finding" data-laipni="finding" data-rule={finding.ruleId} key={index}>
          <div class={`phrase ${finding.severity}`}>«{finding.text}»</div>
          <p class="reason">{finding.message}</p>
          {finding.advice.map((advice) => (
            <p class="advice">{advice}</p>
          ))}
          <div class="actions">
            {finding.suggestions.map((suggestion, s) => (
              <button
                type="button"
                class="suggestion"
                data-laipni="suggestion"
                aria-label={`${t('card.suggestionPrefix')} ${suggestion}`}
                onClick={(event) =>
                  act(event, () =>
                    store.run({ name: 'card-apply', params: { finding: index, suggestion: s } }),
                  )
                }
              >
                {suggestion}
              </button>
            ))}
            <button
              type="button"
              class="ignore"
              data-laipni="ignore"
              onClick={(event) =>
                act(event, () => store.run({ name: 'card-ignore', params: { finding: index } }))
              }
            >
              {t('card.ignore')}
            </button>
          </div>
        </div>
      ))}
    </div>
  );
}
