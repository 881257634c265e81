import { render } from 'preact';
import '../../components/theme.css';
import { SidebarApp } from './SidebarApp';

render(<SidebarApp />, document.getElementById('app') as HTMLElement);
