import { useState } from 'preact/hooks';
import type { DuplicateCandidate } from '../capture/dedupe';
import { DuplicateWarning } from '../directory/DuplicateWarning';
import { likelyDuplicates } from '../directory/likely-duplicates';
import { PhysicianForm } from '../directory/PhysicianForm';
import type { PhysicianDraft } from '../directory/physician-form-state';
import type { RoundsDatabase } from '../storage/database';
import { repositories } from '../storage/repositories';
import type { PhysicianInput } from '../storage/schemas';

interface AddPhysicianProps {
  db: RoundsDatabase;
  initial: Partial<PhysicianDraft>;
  /** Called with the physician to open (new or existing), or null when the user cancelled. */
  onDone: (id: string | null) => void;
}

/** `New physician`: the shared form, checked against the directory first (same NPI, similar name at the practice). */
export function AddPhysician(props: AddPhysicianProps) {
  const [pending, setPending] = useState<{ input: PhysicianInput; candidates: DuplicateCandidate[] } | null>(null);
  const create = async (input: PhysicianInput) => {
    const row = await repositories(props.db).physicians.create(input);
    props.onDone(row.id);
  };

  return (
    <section class="add-physician">
      <PhysicianForm
        heading="New physician"
        initial={props.initial}
        onCancel={() => props.onDone(null)}
        onSave={async (input) => {
          const candidates = await likelyDuplicates(props.db, input);
          if (candidates.length > 0) {
            setPending({ input, candidates });
            return 'keep';
          }
          await create(input);
        }}
      />
      {pending && (
        <DuplicateWarning
          candidates={pending.candidates}
          onUse={(id) => props.onDone(id)}
          onCreate={() => void create(pending.input)}
        />
      )}
    </section>
  );
}
