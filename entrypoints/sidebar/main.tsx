import { render } from 'preact';
import { applyDocumentLanguage, t } from '../../locales/i18n';
import '../../components/theme.css';
import { SidebarApp } from './SidebarApp';

applyDocumentLanguage(t('pages.sidebarTitle'));
render(<SidebarApp />, document.getElementById('app') as HTMLElement);
