import type { DuplicateCandidate } from '../../features/directory/dedupe';
import { describeCandidate, hasKnownNpi } from '../../features/directory/dedupe';

interface DuplicateQuestionProps {
  candidates: DuplicateCandidate[];
  onUse: (candidate: DuplicateCandidate) => void;
  onCreate: () => void;
}

/** "Is this Jane A. Smith, MD — Cardiology, Lakeside Heart?" for each likely match; a known NPI offers no new record. */
export function DuplicateQuestion(props: DuplicateQuestionProps) {
  const knownNpi = hasKnownNpi(props.candidates);
  return (
    <section aria-label="Possible matches in Rounds">
      <h2>Already in Rounds?</h2>
      {knownNpi && <p>A physician with this NPI is already in Rounds: a second record cannot be created.</p>}
      <ul class="plain">
        {props.candidates.map((c) => {
          const question = `Is this ${describeCandidate(c.physician)}?`;
          return (
            <li key={c.physician.id}>
              <fieldset class="card candidate">
                <legend>{question}</legend>
                <div class="row">
                  <button type="button" class="primary" onClick={() => props.onUse(c)}>
                    Use this physician
                  </button>
                </div>
              </fieldset>
            </li>
          );
        })}
      </ul>
      {!knownNpi && (
        <button type="button" onClick={props.onCreate}>
          Create new
        </button>
      )}
    </section>
  );
}
