import type { DuplicateCandidate } from '../../features/directory/dedupe';
import { describeCandidate } from '../../features/directory/describe-candidate';
import { t } from '../../locales/i18n';

const why: Record<DuplicateCandidate['reason'], string> = {
  'same-npi': 'same NPI',
  'same-name': 'same name',
  'name-variant': 'similar name',
  'same-initial': 'same initial and family name',
  'family-name-only': 'same family name',
};

/** "This physician may already exist": use the best match (or another), or create a new record anyway. */
export function DuplicateWarning(props: {
  candidates: readonly DuplicateCandidate[];
  onUse: (id: string) => void;
  onCreate: () => void;
}) {
  const [best, ...others] = props.candidates;
  if (!best) return null;
  const sameNpi = best.reason === 'same-npi';
  return (
    <div role="alert" class="card warning">
      <p>
        {sameNpi ? t('sidebar.aPhysicianWithThisNpi') : t('sidebar.thisPhysicianMayAlreadyExist')}:{' '}
        <strong>{describeCandidate(best.physician)}</strong> ({why[best.reason]}
        {best.samePractice ? t('sidebar.samePractice') : ''}).
      </p>
      <div class="row">
        <button type="button" class="primary" onClick={() => props.onUse(best.physician.id)}>
          {t('sidebar.useThisPhysician')}
        </button>
        {!sameNpi && (
          <button type="button" onClick={props.onCreate}>
            {t('sidebar.createNew')}
          </button>
        )}
      </div>
      {others.length > 0 && (
        <ul class="plain">
          {others.map((c) => (
            <li key={c.physician.id}>
              <button type="button" class="link" onClick={() => props.onUse(c.physician.id)}>
                {t('sidebar.useCandidate', { candidate: describeCandidate(c.physician) })}
              </button>{' '}
              <span class="muted">({why[c.reason]})</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
