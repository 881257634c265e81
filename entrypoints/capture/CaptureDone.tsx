import { describeSource } from '../../features/capture/capture-draft';
import { describeCandidate } from '../../features/directory/describe-candidate';
import { t } from '../../locales/i18n';
import type { Physician } from '../../storage/schemas';

const said = {
  created: (name: string) => t('capture.savedNameToRounds', { name }),
  known: (name: string) => t('capture.nameHasThisNpiAnd', { name }),
  used: (name: string) => t('capture.usingNameAlreadyInRounds', { name }),
};

/** What the capture ended in, with the record's source, and a way to close the window. */
export function CaptureDone(props: { physician: Physician; outcome: keyof typeof said }) {
  const { source } = props.physician;
  return (
    <section aria-label={t('capture.captureSaved')}>
      <p role="status">{said[props.outcome](describeCandidate(props.physician))}</p>
      {source.kind === 'capture' && (
        <p class="muted">{t('capture.sourceSource', { source: describeSource(source) })}</p>
      )}
      <button type="button" onClick={() => window.close()}>
        {t('capture.closeWindow')}
      </button>
    </section>
  );
}
