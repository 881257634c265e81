import { render } from 'preact';
import { applyDocumentLanguage, t } from '../../locales/i18n';
import '../../components/theme.css';
import './activity.css';
import { ActivityApp } from './ActivityApp';

applyDocumentLanguage(t('pages.activityTitle'));
render(<ActivityApp />, document.getElementById('app') as HTMLElement);
