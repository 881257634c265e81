import { render } from 'preact';
import { applyDocumentLanguage, t } from '../../locales/i18n';
import '../../components/theme.css';
import './options.css';
import { OptionsApp } from './OptionsApp';

applyDocumentLanguage(t('pages.optionsTitle'));
render(<OptionsApp />, document.getElementById('app') as HTMLElement);
