import { render } from 'preact';
import '../../components/theme.css';
import '../../options-page/options.css';
import { OptionsApp } from '../../options-page/OptionsApp';

render(<OptionsApp />, document.getElementById('app') as HTMLElement);
