import { CapturedPhysicians } from '../capture-page/CapturedPhysicians';
import { DatabaseGate } from '../components/DatabaseGate';
import { DirectorySection } from './DirectorySection';
import { RegistrySection } from './RegistrySection';

/** The options page: one section per capability. */
export function OptionsApp() {
  return (
    <main>
      <h1>Rounds settings</h1>
      <DatabaseGate>
        {(db) => (
          <>
            <DirectorySection db={db} />
            <CapturedPhysicians db={db} />
            <RegistrySection db={db} />
          </>
        )}
      </DatabaseGate>
    </main>
  );
}
