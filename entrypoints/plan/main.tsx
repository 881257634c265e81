import { render } from 'preact';
import '../../components/theme.css';
import './plan.css';
import { PlanApp } from './PlanApp';

render(<PlanApp />, document.getElementById('app') as HTMLElement);
