import { RegistryLookup } from '../../components/capture/RegistryLookup';
import type { PhysicianFormTools } from '../../components/directory/PhysicianForm';
import type { RoundsDatabase } from '../../storage/database';

/** PhysicianForm's `tools`: `Look up in NPI Registry`, reading the registry address from this database's settings. */
export function registryTools(db: RoundsDatabase) {
  return ({ draft, update }: PhysicianFormTools) => <RegistryLookup draft={draft} onFill={update} db={db} />;
}
