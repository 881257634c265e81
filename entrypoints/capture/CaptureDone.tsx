import { describeSource } from '../../features/capture/capture-draft';
import { describeCandidate } from '../../features/directory/describe-candidate';
import { t } from '../../locales/i18n';
import type { Physician } from '../../storage/schemas';

const said = {
  created: (name: string) => `Saved ${name} to Rounds.`,
  known: (name: string) => `${name} has this NPI and is already in Rounds: nothing new was created.`,
  used: (name: string) => `Using ${name}, already in Rounds.`,
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
