import { DatabaseGate } from '../../components/DatabaseGate';
import { t } from '../../locales/i18n';
import { PlanDay } from './PlanDay';

/** `Plan my day`: the day's candidates, the ordered stops with office details, the route, the day sheet. */
export function PlanApp() {
  return (
    <main class="plan">
      <h1>{t('plan.planMyDay')}</h1>
      <DatabaseGate>{(db) => <PlanDay db={db} />}</DatabaseGate>
    </main>
  );
}
