import { render } from 'preact';
import '../../components/theme.css';
import '../../capture-page/capture.css';
import { CaptureApp } from '../../capture-page/CaptureApp';

render(<CaptureApp />, document.getElementById('app') as HTMLElement);
