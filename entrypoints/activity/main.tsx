import { render } from 'preact';
import '../../components/theme.css';
import './activity.css';
import { ActivityApp } from './ActivityApp';

render(<ActivityApp />, document.getElementById('app') as HTMLElement);
