import { DatabaseGate } from '../components/DatabaseGate';
import { DirectorySection } from './DirectorySection';

/** The options page: one section per capability. */
export function OptionsApp() {
  return (
    <main>
      <h1>Rounds settings</h1>
      <DatabaseGate>{(db) => <DirectorySection db={db} />}</DatabaseGate>
    </main>
  );
}
