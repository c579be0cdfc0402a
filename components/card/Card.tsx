import { useEffect, useLayoutEffect, useRef } from 'preact/hooks';
import type { CardView, SidebarStore } from '../../lib/protocol/sidebar-store';
import { useI18n } from '../shared/i18n';
import './card.css';

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

  // Measured as soon as the findings are in the DOM: the frame stays hidden until the page knows
  // the height, and a hidden cross-origin frame gets no animation frames, so a passive effect
  // (run after the next frame) would wait for Preact's fallback timer instead.
  useLayoutEffect(() => {
    const element = root.current;
    if (!element) return;
    const report = () =>
      void store
        .run({ name: 'card-size', params: { height: Math.ceil(element.scrollHeight) + 2 } })
        .catch(() => undefined);
    const observer = new ResizeObserver(report);
    observer.observe(element);
    report();
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
