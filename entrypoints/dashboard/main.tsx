import { render } from 'preact';
import { applyDocumentLanguage, t } from '../../locales/i18n';
import '../../components/theme.css';
import './dashboard.css';
import { DashboardApp } from './DashboardApp';

applyDocumentLanguage(t('pages.dashboardTitle'));
render(<DashboardApp />, document.getElementById('app') as HTMLElement);
