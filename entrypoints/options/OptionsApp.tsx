import { DatabaseGate } from '../../components/DatabaseGate';
import { KeyboardShortcuts } from '../../components/shortcuts/KeyboardShortcuts';
import { TeamSection } from '../../components/team/TeamSection';
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
      <h1>Rounds settings</h1>
      <p>
        <a href="plan.html">Plan my day</a>: who is due and in the office, the day's stops, the route, a day sheet.
      </p>
      <p>
        <a href="activity.html">Activity</a>: every outreach logged, filters and totals per week.
      </p>
      <p>
        <a href="dashboard.html">Referral dashboard</a>: referral patterns, declining referrers, coverage, printable.
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
        <a href="privacy.html">Privacy policy</a> · <a href="welcome.html">Getting started</a>
      </p>
    </main>
  );
}
