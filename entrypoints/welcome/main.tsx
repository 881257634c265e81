import { render } from 'preact';
import { applyDocumentLanguage, t } from '../../locales/i18n';
import '../../components/theme.css';
import './welcome.css';
import { WelcomeApp } from './WelcomeApp';

applyDocumentLanguage(t('pages.welcomeTitle'));
render(<WelcomeApp />, document.getElementById('app') as HTMLElement);
