import { useEffect, useMemo, useState } from 'preact/hooks';
import { DuplicateQuestion } from '../../components/capture/DuplicateQuestion';
import { RegistryLookup } from '../../components/capture/RegistryLookup';
import { PhysicianForm } from '../../components/directory/PhysicianForm';
import { captureExtra, draftFromName } from '../../features/capture/capture-draft';
import { saveCapturedPhysician } from '../../features/capture/save-captured-physician';
import { type DuplicateCandidate, findDuplicateCandidates, hasKnownNpi } from '../../features/directory/dedupe';
import { parsePhysicianNames } from '../../features/names/parse-name';
import { t } from '../../locales/i18n';
import type { PendingCapture } from '../../messaging/pending-capture';
import type { RoundsDatabase } from '../../storage/database';
import type { Physician } from '../../storage/schemas';
import { CaptureDone } from './CaptureDone';
import { NameChoice } from './NameChoice';

type Step =
  | { kind: 'checking' }
  | { kind: 'ask'; candidates: DuplicateCandidate[] }
  | { kind: 'form' }
  | { kind: 'done'; physician: Physician; outcome: 'created' | 'known' | 'used' };

/** Capture a physician: pick the name, answer "Is this …?", confirm the prefilled form. Nothing is saved unasked. */
export function PhysicianCapture(props: { db: RoundsDatabase; capture: PendingCapture }) {
  const names = useMemo(() => parsePhysicianNames(props.capture.text), [props.capture.text]);
  const [chosen, setChosen] = useState(0);
  const [step, setStep] = useState<Step>({ kind: 'checking' });
  const name = names[chosen];

  useEffect(() => {
    let live = true;
    setStep({ kind: 'checking' });
    const check = name ? findDuplicateCandidates(props.db, name, { limit: 5 }) : Promise.resolve([]);
    check.then((found) => {
      if (!live) return;
      const candidates = hasKnownNpi(found) ? found.filter((c) => c.reason === 'same-npi') : found;
      setStep(candidates.length ? { kind: 'ask', candidates } : { kind: 'form' });
    });
    return () => {
      live = false;
    };
  }, [props.db, name]);

  if (step.kind === 'done') return <CaptureDone physician={step.physician} outcome={step.outcome} />;
  return (
    <>
      {names.length === 0 && (
        <p class="muted">{t('capture.noNameWasRecognisedIn', { slice: props.capture.text.slice(0, 120) })}</p>
      )}
      <NameChoice names={names} chosen={chosen} onChoose={setChosen} />
      {step.kind === 'ask' && (
        <DuplicateQuestion
          candidates={step.candidates}
          onUse={(c) => setStep({ kind: 'done', physician: c.physician, outcome: 'used' })}
          onCreate={() => setStep({ kind: 'form' })}
        />
      )}
      {step.kind === 'form' && (
        <PhysicianForm
          key={chosen}
          heading={t('capture.newPhysician')}
          initial={draftFromName(name)}
          extra={captureExtra(name, props.capture)}
          tools={({ draft, update }) => (
            <div class="row">
              <button type="button" onClick={() => update({ first: draft.last, last: draft.first })}>
                {t('capture.swapFirstAndLast')}
              </button>
              <RegistryLookup draft={draft} onFill={update} />
            </div>
          )}
          onSave={async (input) => {
            const saved = await saveCapturedPhysician(props.db, input);
            setStep({ kind: 'done', physician: saved.physician, outcome: saved.status });
          }}
        />
      )}
    </>
  );
}
