import { browser } from 'wxt/browser';
import { toggleSidebarInTab } from './sidebar/toggle';

/** The toolbar button and the declared Alt+Shift+L command both toggle the sidebar. */
export function startToolbarAndCommands(): void {
  const action = browser.action ?? browser.browserAction;
  action.onClicked.addListener((tab) => {
    if (tab.id !== undefined) void toggleSidebarInTab(tab.id, 'toolbar');
  });
  browser.commands.onCommand.addListener((command, tab) => {
    if (command === 'toggle-sidebar' && tab?.id !== undefined) {
      void toggleSidebarInTab(tab.id, 'command');
    }
  });
}
