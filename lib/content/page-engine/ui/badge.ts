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
  // What is on screen: shown once per frame while the agent types, the badge is written only
  // when something changed, so an unchanged badge costs the page no style work.
  let shown = { count: -1, label: '', severity: '', left: '', top: '' };
  return {
    show(count, severity, fieldBox) {
      const size = 22;
      const viewportBottom = (doc.defaultView ?? window).innerHeight;
      const bottom = Math.min(fieldBox.bottom, viewportBottom);
      const left = `${Math.max(0, fieldBox.right - size - 6)}px`;
      const top = `${Math.max(fieldBox.top, bottom - size - 6)}px`;
      const name = label(count);
      if (count !== shown.count) button.textContent = String(count);
      if (name !== shown.label) button.setAttribute('aria-label', name);
      if (severity !== shown.severity) button.classList.toggle('info', severity === 'info');
      if (left !== shown.left) button.style.left = left;
      if (top !== shown.top) button.style.top = top;
      button.hidden = false;
      shown = { count, label: name, severity, left, top };
    },
    hide() {
      button.hidden = true;
    },
    box: () => (button.hidden ? null : button.getBoundingClientRect()),
  };
}
