import { render } from 'preact';
import '../../components/theme.css';
import './capture.css';
import { CaptureApp } from './CaptureApp';

render(<CaptureApp />, document.getElementById('app') as HTMLElement);
