import { useState } from 'preact/hooks';
import { DuplicateQuestion } from '../../components/capture/DuplicateQuestion';
import { PhysicianForm } from '../../components/directory/PhysicianForm';
import { saveCapturedPhysician } from '../../features/capture/save-captured-physician';
import type { DuplicateCandidate } from '../../features/directory/dedupe';
import { likelyDuplicates } from '../../features/directory/likely-duplicates';
import type { PhysicianDraft } from '../../features/directory/physician-form-state';
import { t } from '../../locales/i18n';
import type { RoundsDatabase } from '../../storage/database';
import type { PhysicianInput } from '../../storage/schemas';
import { DuplicateWarning } from './DuplicateWarning';
import { registryTools } from './registry-tools';
import { useEscape } from './use-escape';

interface AddPhysicianProps {
  db: RoundsDatabase;
  initial: Partial<PhysicianDraft>;
  /** Fields the form has no box for, e.g. a capture's `{ kind: 'capture', url, title, at }` source. */
  extra?: Partial<PhysicianInput> | undefined;
  /** Possible matches found for a capture, asked about before anything is saved. */
  candidates?: DuplicateCandidate[] | undefined;
  /** Called with the physician to open (new or existing), or null when the user cancelled. */
  onDone: (id: string | null) => void;
}

/**
 * `New physician`: the shared form with the NPI Registry look-up. A capture's possible matches are asked about
 * first ("Is this …?"); a typed entry is checked on save (same NPI, similar name at the practice). Saving re-checks
 * the NPI in the write's own transaction, so a known NPI never gets a second record.
 */
export function AddPhysician(props: AddPhysicianProps) {
  const asked = Boolean(props.candidates?.length);
  const [question, setQuestion] = useState(asked ? (props.candidates ?? null) : null);
  const [pending, setPending] = useState<{ input: PhysicianInput; candidates: DuplicateCandidate[] } | null>(null);
  useEscape(() => props.onDone(null));
  const create = async (input: PhysicianInput) => {
    const saved = await saveCapturedPhysician(props.db, input);
    props.onDone(saved.physician.id);
  };

  return (
    <section class="add-physician">
      {question && (
        <DuplicateQuestion
          candidates={question}
          onUse={(c) => props.onDone(c.physician.id)}
          onCreate={() => {
            setQuestion(null);
            document.querySelector<HTMLInputElement>('.add-physician form input')?.focus();
          }}
        />
      )}
      <PhysicianForm
        heading={t('sidebar.newPhysician')}
        initial={props.initial}
        {...(props.extra ? { extra: props.extra } : {})}
        tools={registryTools(props.db)}
        onCancel={() => props.onDone(null)}
        onSave={async (input) => {
          // Saving while a capture's question is showing answers it: create new (the NPI is still re-checked).
          if (!asked) {
            const candidates = await likelyDuplicates(props.db, input);
            if (candidates.length > 0) {
              setPending({ input, candidates });
              return 'keep';
            }
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
