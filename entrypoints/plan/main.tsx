import { render } from 'preact';
import { applyDocumentLanguage, t } from '../../locales/i18n';
import '../../components/theme.css';
import './plan.css';
import { PlanApp } from './PlanApp';

applyDocumentLanguage(t('pages.planTitle'));
render(<PlanApp />, document.getElementById('app') as HTMLElement);
