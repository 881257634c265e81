import { DatabaseGate } from '../../components/DatabaseGate';
import { t } from '../../locales/i18n';
import { SampleDataPanel } from './SampleDataPanel';

/** The first-run page (opened once, on install): three ways to start, each a step a liaison can take now. */
export function WelcomeApp() {
  return (
    <main>
      <h1>{t('welcome.welcomeToRounds')}</h1>
      <p>{t('welcome.roundsKeepsYourPhysicianNotes')}</p>
      <ol class="welcome-steps">
        <li>
          <h2>{t('welcome.enableAPortal')}</h2>
          <p>
            {t('welcome.addTheAddressOfYour')}{' '}
            <a href="options.html#portals-heading">{t('welcome.addAPortalInSettings')}</a>
          </p>
        </li>
        <li>
          <h2>{t('welcome.importYourRoster')}</h2>
          <p>
            {t('welcome.bringInACsvOf')}{' '}
            <a href="options.html#roster-heading">{t('welcome.importARosterInSettings')}</a>
          </p>
        </li>
        <li>
          <h2>{t('welcome.trySampleData')}</h2>
          <DatabaseGate>{(db) => <SampleDataPanel db={db} />}</DatabaseGate>
        </li>
      </ol>
      <p>
        <a href="privacy.html">{t('welcome.privacyPolicy')}</a>
        {t('welcome.whatRoundsStoresAndThe')}
      </p>
    </main>
  );
}
