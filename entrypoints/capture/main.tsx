import { render } from 'preact';
import { applyDocumentLanguage, t } from '../../locales/i18n';
import '../../components/theme.css';
import './capture.css';
import { CaptureApp } from './CaptureApp';

applyDocumentLanguage(t('pages.captureTitle'));
render(<CaptureApp />, document.getElementById('app') as HTMLElement);
