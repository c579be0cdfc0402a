import { el } from './element';

export interface Badge {
  show(count: number, severity: 'warning' | 'info', fieldBox: DOMRect): void;
  hide(): void;
  box(): DOMRect | null;
}

/**
 * `[data-laipni="badge"]` at the focused field's bottom-right corner with the number of
 * findings. It never takes focus from the field (mousedown is cancelled) and acts only on real
 * clicks, so page scripts cannot drive it.
 */
export function createBadge(
  root: ShadowRoot,
  label: (count: number) => string,
  onOpen: () => void,
): Badge {
  const doc = root.ownerDocument;
  const button = el(doc, 'button', {
    type: 'button',
    class: 'badge',
    'data-laipni': 'badge',
    tabindex: '-1',
  });
  button.hidden = true;
  button.addEventListener('mousedown', (event) => event.preventDefault());
  button.addEventListener('click', (event) => {
    if (event.isTrusted) onOpen();
  });
  root.append(button);
  return {
    show(count, severity, fieldBox) {
      button.textContent = String(count);
      button.setAttribute('aria-label', label(count));
      button.classList.toggle('info', severity === 'info');
      const size = 22;
      const viewportBottom = (doc.defaultView ?? window).innerHeight;
      const bottom = Math.min(fieldBox.bottom, viewportBottom);
      button.style.left = `${Math.max(0, fieldBox.right - size - 6)}px`;
      button.style.top = `${Math.max(fieldBox.top, bottom - size - 6)}px`;
      button.hidden = false;
    },
    hide() {
      button.hidden = true;
    },
    box: () => (button.hidden ? null : button.getBoundingClientRect()),
  };
}
