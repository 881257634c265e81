import { render } from 'preact';
import '../../components/theme.css';
import '../../activity-page/activity.css';
import { ActivityApp } from '../../activity-page/ActivityApp';

render(<ActivityApp />, document.getElementById('app') as HTMLElement);
