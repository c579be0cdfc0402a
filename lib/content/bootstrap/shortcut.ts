/**
 * Alt+Shift+L toggles the sidebar. `code` rather than `key`, because Alt+Shift changes the
 * produced character on some layouts (macOS, Latvian ergonomic). Only real key presses count:
 * a page script's synthetic event must not drive the extension.
 */
export function isToggleSidebarShortcut(event: KeyboardEvent): boolean {
  return (
    event.isTrusted &&
    event.altKey &&
    event.shiftKey &&
    !event.ctrlKey &&
    !event.metaKey &&
    event.code === 'KeyL'
  );
}
