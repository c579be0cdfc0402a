import { MAX_PAGE_FINDINGS, type PageFinding } from '../../../protocol/page-messages';
import { sendToBackground } from '../../bootstrap/send';
import { embedFrame } from '../../embed/embed-frame';

const WIDTH = 340;

export interface CardFrame {
  /** Shows these findings beside `anchor` (the badge or the field). */
  show(findings: readonly PageFinding[], anchor: DOMRect): void;
  hide(): void;
  isOpen(): boolean;
  /** The card page measured its content (the frame fits it). */
  resize(height: number): void;
  /** Creates the frame ahead of the first card, so the first opening is quick. */
  warm(): void;
  remove(): void;
}

/**
 * The card that shows reasons and suggestions: an extension page in an iframe, so the agent's
 * and the customer's values filled into the suggestions never enter the page's DOM. This
 * frame only sends the findings' spans and rule ids to the background, which fills them for
 * the card page (`card` query), and positions the frame. The card's buttons act through the
 * background too; their outcome comes back as commands (apply, ignore, close).
 */
export function createCardFrame(root: ShadowRoot): CardFrame {
  const doc = root.ownerDocument;
  let frame: HTMLIFrameElement | null = null;
  let creating: Promise<HTMLIFrameElement | null> | null = null;
  let open = false;
  let anchor: DOMRect | null = null;
  let height = 0;

  function ensure(): Promise<HTMLIFrameElement | null> {
    if (frame?.isConnected) return Promise.resolve(frame);
    creating ??= embedFrame(doc, 'card.html', 'card', (element) => {
      element.dataset.laipni = 'card-frame';
      element.title = 'Laipni';
      element.setAttribute('allowtransparency', 'true');
      Object.assign(element.style, {
        position: 'fixed',
        width: `${WIDTH}px`,
        height: '0',
        border: '0',
        zIndex: '2147483645',
        colorScheme: 'normal',
        background: 'transparent',
        // Laid out while hidden (not display: none), so the card page can measure itself.
        visibility: 'hidden',
      } satisfies Partial<CSSStyleDeclaration>);
      root.append(element);
    })
      .then((created) => (frame = created))
      .catch(() => null)
      .finally(() => (creating = null));
    return creating;
  }

  /** Below the anchor when it fits, else above it; always inside this frame's viewport. */
  function place(): void {
    if (!frame || !anchor) return;
    const win = doc.defaultView ?? window;
    const width = Math.min(WIDTH, win.innerWidth - 16);
    const fit = Math.max(0, Math.min(height, win.innerHeight * 0.6, win.innerHeight - 16));
    frame.style.width = `${width}px`;
    frame.style.height = `${fit}px`;
    frame.style.left = `${Math.max(8, Math.min(anchor.right - width, win.innerWidth - width - 8))}px`;
    const below = anchor.bottom + 6;
    const above = anchor.top - 6 - fit;
    const top =
      below + fit <= win.innerHeight - 8 ? below : above >= 8 ? above : win.innerHeight - 8 - fit;
    frame.style.top = `${Math.max(8, top)}px`;
    frame.style.visibility = open && fit > 0 ? 'visible' : 'hidden';
  }

  const tell = (findings: PageFinding[] | null) =>
    void sendToBackground('page:card', { findings }).catch(() => undefined);

  return {
    show(findings, at) {
      if (findings.length === 0) return this.hide();
      open = true;
      anchor = at;
      // A note full of findings shows its first ones; a card of hundreds helps no one.
      tell(
        findings
          .slice(0, MAX_PAGE_FINDINGS)
          .map(({ ruleId, start, end, text, severity, vars }) => ({
            ruleId,
            start,
            end,
            text,
            severity,
            ...(vars ? { vars } : {}),
          })),
      );
      void ensure().then(place);
    },
    hide() {
      if (!open) return;
      open = false;
      if (frame) frame.style.visibility = 'hidden';
      tell(null);
    },
    isOpen: () => open,
    resize(next) {
      height = next;
      place();
    },
    warm: () => void ensure(),
    remove() {
      frame?.remove();
      frame = null;
      open = false;
    },
  };
}
