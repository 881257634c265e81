import { EditPhysicianForm } from '../../components/directory/EditPhysicianForm';
import type { RoundsDatabase } from '../../storage/database';
import type { Physician, Practice } from '../../storage/schemas';
import { registryTools } from './registry-tools';

/** The physician's details and office profile in the shared form, with the NPI Registry look-up. */
export function EditPhysician(props: {
  db: RoundsDatabase;
  physician: Physician;
  practice: Practice | null;
  onSaved: (message: string) => void;
  onCancel: () => void;
}) {
  return <EditPhysicianForm {...props} tools={registryTools(props.db)} />;
}
