import type { DuplicateCandidate } from '../../features/directory/dedupe';
import { describeCandidate, hasKnownNpi } from '../../features/directory/dedupe';
import { t } from '../../locales/i18n';

interface DuplicateQuestionProps {
  candidates: DuplicateCandidate[];
  onUse: (candidate: DuplicateCandidate) => void;
  onCreate: () => void;
}

/** "Is this Jane A. Smith, MD — Cardiology, Lakeside Heart?" for each likely match; a known NPI offers no new record. */
export function DuplicateQuestion(props: DuplicateQuestionProps) {
  const knownNpi = hasKnownNpi(props.candidates);
  return (
    <section aria-label={t('capture.possibleMatchesInRounds')}>
      <h2>{t('capture.alreadyInRounds')}</h2>
      {knownNpi && <p>{t('capture.aPhysicianWithThisNpi')}</p>}
      <ul class="plain">
        {props.candidates.map((c) => {
          const question = t('capture.isThisCandidate', { candidate: describeCandidate(c.physician) });
          return (
            <li key={c.physician.id}>
              <fieldset class="card candidate">
                <legend>{question}</legend>
                <div class="row">
                  <button type="button" class="primary" onClick={() => props.onUse(c)}>
                    {t('capture.useThisPhysician')}
                  </button>
                </div>
              </fieldset>
            </li>
          );
        })}
      </ul>
      {!knownNpi && (
        <button type="button" onClick={props.onCreate}>
          {t('capture.createNew')}
        </button>
      )}
    </section>
  );
}
