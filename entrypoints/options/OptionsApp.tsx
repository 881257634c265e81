import { DatabaseGate } from '../../components/DatabaseGate';
import { KeyboardShortcuts } from '../../components/shortcuts/KeyboardShortcuts';
import { TeamSection } from '../../components/team/TeamSection';
import { t } from '../../locales/i18n';
import { CalendarSection } from './CalendarSection';
import { CapturedPhysicians } from './CapturedPhysicians';
import { DataSection } from './DataSection';
import { DirectorySection } from './DirectorySection';
import { EncryptionSection } from './EncryptionSection';
import { NotificationSettings } from './NotificationSettings';
import { PortalsSection } from './PortalsSection';
import { ProgramsSection } from './programs/ProgramsSection';
import { ReferralSettings } from './ReferralSettings';
import { RegistrySection } from './RegistrySection';
import { RelationshipSettings } from './RelationshipSettings';
import { VisitGoalSettings } from './VisitGoalSettings';

/** The options page: one section per capability. */
export function OptionsApp() {
  return (
    <main>
      <h1>{t('options.roundsSettings')}</h1>
      <p>
        <a href="plan.html">{t('options.planMyDay')}</a>
        {t('options.whoIsDueAndIn')}
      </p>
      <p>
        <a href="activity.html">{t('options.activity')}</a>
        {t('options.everyOutreachLoggedFiltersAnd')}
      </p>
      <p>
        <a href="dashboard.html">{t('options.referralDashboard')}</a>
        {t('options.referralPatternsDecliningReferrersCoverage')}
      </p>
      <PortalsSection />
      <KeyboardShortcuts />
      <DatabaseGate>
        {(db) => (
          <>
            <DirectorySection db={db} />
            <CapturedPhysicians db={db} />
            <RegistrySection db={db} />
            <ReferralSettings db={db} />
            <VisitGoalSettings db={db} />
            <ProgramsSection db={db} />
            <RelationshipSettings db={db} />
            <CalendarSection db={db} />
            <NotificationSettings db={db} />
            <EncryptionSection db={db} />
            <TeamSection />
            <DataSection db={db} />
          </>
        )}
      </DatabaseGate>
      <p>
        <a href="privacy.html">{t('options.privacyPolicy')}</a> ·{' '}
        <a href="welcome.html">{t('options.gettingStarted')}</a>
      </p>
    </main>
  );
}
