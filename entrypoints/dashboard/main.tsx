import { render } from 'preact';
import '../../components/theme.css';
import './dashboard.css';
import { DashboardApp } from './DashboardApp';

render(<DashboardApp />, document.getElementById('app') as HTMLElement);
