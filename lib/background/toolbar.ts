import { browser } from 'wxt/browser';
import type { ShowSidebar } from './sidebar/show';

/**
 * The toolbar button and the declared Alt+Shift+L command both show the sidebar (in the page,
 * or the browser's side panel: Chrome's button then opens the panel itself).
 */
export function startToolbarAndCommands(showSidebar: ShowSidebar): void {
  const action = browser.action ?? browser.browserAction;
  action.onClicked.addListener((tab) => {
    void showSidebar(tab, 'toolbar');
  });
  browser.commands.onCommand.addListener((command, tab) => {
    if (command === 'toggle-sidebar' && tab) void showSidebar(tab, 'command');
  });
}
