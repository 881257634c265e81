import { render } from 'preact';
import '../../components/theme.css';
import './welcome.css';
import { WelcomeApp } from './WelcomeApp';

render(<WelcomeApp />, document.getElementById('app') as HTMLElement);
