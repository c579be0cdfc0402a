import type { Finding } from '../../../core/model/finding';
import { el } from './element';

export interface CardLabels {
  title: string;
  ignore: string;
  suggestionPrefix: string;
}

export interface CardActions {
  apply(finding: Finding, suggestion: string): void;
  ignore(finding: Finding): void;
}

export interface Card {
  show(findings: readonly Finding[], anchor: DOMRect): void;
  hide(): void;
  isOpen(): boolean;
}

/**
 * `[data-laipni="card"]`: each finding (`[data-laipni="finding"][data-rule]`) with its reason,
 * its suggestions as `button[data-laipni="suggestion"]` and `button[data-laipni="ignore"]`.
 * Pack text is set as text, never as HTML. Buttons keep the field focused and act only on
 * trusted clicks.
 */
export function createCard(root: ShadowRoot, labels: () => CardLabels, actions: CardActions): Card {
  const doc = root.ownerDocument;
  const card = el(doc, 'div', { class: 'card', 'data-laipni': 'card', role: 'dialog' });
  card.hidden = true;
  card.addEventListener('mousedown', (event) => event.preventDefault());
  root.append(card);

  const button = (kind: 'suggestion' | 'ignore', text: string, onClick: () => void) => {
    const b = el(doc, 'button', { type: 'button', class: kind, 'data-laipni': kind }, text);
    b.addEventListener('click', (event) => {
      if (event.isTrusted) onClick();
    });
    return b;
  };

  function render(findings: readonly Finding[]): void {
    const l = labels();
    card.setAttribute('aria-label', l.title);
    card.replaceChildren(
      ...findings.map((finding) => {
        const actionsRow = el(doc, 'div', { class: 'actions' });
        for (const suggestion of finding.suggestions) {
          const b = button('suggestion', suggestion, () => actions.apply(finding, suggestion));
          b.setAttribute('aria-label', `${l.suggestionPrefix} ${suggestion}`);
          actionsRow.append(b);
        }
        actionsRow.append(button('ignore', l.ignore, () => actions.ignore(finding)));
        return el(
          doc,
          'div',
          { class: 'finding', 'data-laipni': 'finding', 'data-rule': finding.ruleId },
          el(doc, 'div', { class: `phrase ${finding.severity}` }, `«${finding.text}»`),
          el(doc, 'p', { class: 'reason' }, finding.message),
          ...(finding.advice ?? []).map((advice) => el(doc, 'p', { class: 'advice' }, advice)),
          actionsRow,
        );
      }),
    );
  }

  /**
   * Below the anchor when it fits, else above it; always inside this frame's viewport, which
   * for editors in an iframe (TinyMCE) may be only a couple of hundred pixels tall.
   */
  function place(anchor: DOMRect): void {
    const win = doc.defaultView ?? window;
    const width = Math.min(340, win.innerWidth - 16);
    card.style.width = `${width}px`;
    card.style.maxHeight = `${Math.max(80, Math.min(win.innerHeight * 0.6, win.innerHeight - 16))}px`;
    card.style.left = `${Math.max(8, Math.min(anchor.right - width, win.innerWidth - width - 8))}px`;
    const height = card.getBoundingClientRect().height;
    const below = anchor.bottom + 6;
    const above = anchor.top - 6 - height;
    const top =
      below + height <= win.innerHeight - 8
        ? below
        : above >= 8
          ? above
          : win.innerHeight - 8 - height;
    card.style.top = `${Math.max(8, top)}px`;
  }

  return {
    show(findings, anchor) {
      if (findings.length === 0) {
        card.hidden = true;
        return;
      }
      render(findings);
      card.hidden = false;
      place(anchor);
    },
    hide() {
      card.hidden = true;
    },
    isOpen: () => !card.hidden,
  };
}
