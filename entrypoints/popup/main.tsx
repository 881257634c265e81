import { render } from 'preact';
import { applyDocumentLanguage, t } from '../../locales/i18n';
import '../../components/theme.css';
import './popup.css';
import { PopupApp } from './PopupApp';

applyDocumentLanguage(t('pages.popupTitle'));
render(<PopupApp />, document.getElementById('app') as HTMLElement);
