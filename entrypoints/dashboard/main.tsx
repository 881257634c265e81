import { render } from 'preact';
import '../../components/theme.css';
import '../../dashboard/ui/dashboard.css';
import { DashboardApp } from '../../dashboard/ui/DashboardApp';

render(<DashboardApp />, document.getElementById('app') as HTMLElement);
