import { render } from 'preact';
import { SidebarApp } from '../../components/sidebar/SidebarApp';

render(<SidebarApp />, document.getElementById('app')!);
