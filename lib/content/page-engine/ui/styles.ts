/**
 * Styles of the in-page UI (the badge and the textarea mirror; the card is an extension page of
 * its own); they live inside our shadow roots, so page CSS cannot reach them.
 */
export const UI_CSS = `
:host { all: initial; }
.badge {
  position: fixed; z-index: 2147483645; min-width: 22px; height: 22px; padding: 0 6px;
  border-radius: 11px; border: 0; background: #c2410c; color: #fff; cursor: pointer;
  font: 600 12px/22px system-ui, sans-serif; box-shadow: 0 1px 4px rgba(0,0,0,.3);
}
.badge.info { background: #1d4ed8; }
button:focus-visible { outline: 3px solid #f2a900; outline-offset: 1px; }
.mirror {
  position: fixed; z-index: 2147483644; pointer-events: none; overflow: hidden;
  color: transparent; background: transparent; border-color: transparent !important;
  white-space: pre-wrap; overflow-wrap: break-word; box-sizing: border-box; margin: 0;
}
.mirror > .content > div { white-space: inherit; overflow-wrap: inherit; }
.mirror.single-line { white-space: pre; }
.mirror mark { background: transparent; color: transparent; text-decoration: underline wavy; text-decoration-skip-ink: none; text-underline-offset: 3px; }
.mirror mark.warning { text-decoration-color: #ea580c; }
.mirror mark.info { text-decoration-color: #2563eb; }
`;

/** `::highlight()` rules must live in the document (or shadow root) that holds the field. */
export const HIGHLIGHT_CSS = `
::highlight(laipni-warning) { text-decoration: underline wavy #ea580c; text-decoration-skip-ink: none; }
::highlight(laipni-info) { text-decoration: underline wavy #2563eb; text-decoration-skip-ink: none; }
`;
