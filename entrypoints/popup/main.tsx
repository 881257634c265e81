import { render } from 'preact';
import '../../components/theme.css';
import '../../popup-page/popup.css';
import { PopupApp } from '../../popup-page/PopupApp';

render(<PopupApp />, document.getElementById('app') as HTMLElement);
