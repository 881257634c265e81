import { DatabaseGate } from '../../components/DatabaseGate';
import { SampleDataPanel } from './SampleDataPanel';

/** The first-run page (opened once, on install): three ways to start, each a step a liaison can take now. */
export function WelcomeApp() {
  return (
    <main>
      <h1>Welcome to Rounds</h1>
      <p>
        Rounds keeps your physician notes, outreach and referrals beside the portals you already use. Everything stays
        in this browser. Pick a way to start:
      </p>
      <ol class="welcome-steps">
        <li>
          <h2>Enable a portal</h2>
          <p>
            Add the address of your EHR or scheduling portal; the sidebar then names the physicians it recognises.{' '}
            <a href="options.html#portals-heading">Add a portal in settings</a>
          </p>
        </li>
        <li>
          <h2>Import your roster</h2>
          <p>
            Bring in a CSV of the physicians you cover (any column order; you match the columns).{' '}
            <a href="options.html#roster-heading">Import a roster in settings</a>
          </p>
        </li>
        <li>
          <h2>Try sample data</h2>
          <DatabaseGate>{(db) => <SampleDataPanel db={db} />}</DatabaseGate>
        </li>
      </ol>
      <p>
        <a href="privacy.html">Privacy policy</a>: what Rounds stores and the one thing it ever sends.
      </p>
    </main>
  );
}
