import { render } from 'preact';
import '../../components/shared/tokens.css';
import '../../components/shared/base.css';
import { SidebarApp } from '../../components/sidebar/SidebarApp';
import { followActiveTab } from '../../lib/pages/panel-store';

// The browser's side panel shows the same sidebar app as the in-page frame, for the window's
// active tab; a new app (and store) each time the agent switches tabs or the tab navigates.
const root = document.getElementById('app')!;
followActiveTab(window, (connection, tab) => {
  render(<SidebarApp key={tab} connection={connection} host="panel" />, root);
});
