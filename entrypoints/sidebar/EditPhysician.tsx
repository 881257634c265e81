import { PhysicianForm } from '../../components/directory/PhysicianForm';
import type { RoundsDatabase } from '../../storage/database';
import { repositories } from '../../storage/repositories';
import type { Physician } from '../../storage/schemas';
import { registryTools } from './registry-tools';

/** The physician's details in the shared form; fields the form does not show (middle name, staff…) are kept. */
export function EditPhysician(props: {
  db: RoundsDatabase;
  physician: Physician;
  onSaved: (message: string) => void;
  onCancel: () => void;
}) {
  const p = props.physician;
  return (
    <PhysicianForm
      heading="Edit details"
      initial={{
        first: p.first,
        last: p.last,
        credentials: p.credentials.join(', '),
        npi: p.npi ?? '',
        specialty: p.specialty,
        practiceName: p.practiceName,
        phone: p.phone,
        fax: p.fax,
      }}
      tools={registryTools(props.db)}
      onCancel={props.onCancel}
      onSave={async (input) => {
        // An emptied NPI field removes the NPI (the patch would otherwise leave the old one).
        await repositories(props.db).physicians.update(p.id, { npi: undefined, ...input });
        props.onSaved('Details saved.');
      }}
    />
  );
}
