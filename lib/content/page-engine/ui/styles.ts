/** Styles of the in-page UI; they live inside our shadow root, so page CSS cannot reach them. */
export const UI_CSS = `
:host { all: initial; }
.badge {
  position: fixed; z-index: 2147483645; min-width: 22px; height: 22px; padding: 0 6px;
  border-radius: 11px; border: 0; background: #c2410c; color: #fff; cursor: pointer;
  font: 600 12px/22px system-ui, sans-serif; box-shadow: 0 1px 4px rgba(0,0,0,.3);
}
.badge.info { background: #1d4ed8; }
.card {
  position: fixed; z-index: 2147483645; width: 340px; max-height: 60vh; overflow: auto;
  background: #fff; color: #1d2a23; border: 1px solid #c9d3cd; border-radius: 8px;
  box-shadow: 0 6px 24px rgba(0,0,0,.18); font: 13px/1.45 system-ui, sans-serif; padding: 6px 0;
}
.finding { padding: 8px 12px; border-bottom: 1px solid #edf0ee; }
.finding:last-child { border-bottom: 0; }
.phrase { font-weight: 600; }
.phrase.warning { color: #9a3412; }
.phrase.info { color: #1e40af; }
.reason { margin: 2px 0 6px; color: #33443b; }
.advice { margin: 0 0 6px; color: #4b5d53; font-style: italic; }
.actions { display: flex; flex-wrap: wrap; gap: 6px; }
button.suggestion {
  text-align: left; border: 1px solid #1f7a4d; background: #eef8f2; color: #14532d;
  border-radius: 6px; padding: 4px 8px; font: inherit; cursor: pointer;
}
button.ignore {
  border: 1px solid #c9d3cd; background: #fff; color: #4b5d53; border-radius: 6px;
  padding: 4px 8px; font: inherit; cursor: pointer;
}
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
