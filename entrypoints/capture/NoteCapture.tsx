import { useState } from 'preact/hooks';
import { useNoteCandidates } from '../../components/capture/use-note-candidates';
import { Field } from '../../components/Field';
import { describeCandidate } from '../../features/directory/describe-candidate';
import { t } from '../../locales/i18n';
import type { PendingCapture } from '../../messaging/pending-capture';
import type { RoundsDatabase } from '../../storage/database';
import { saveCapturedNote } from './save-captured-note';

/** `Add “…” to a note`: the note text, the physician it is about (named in the selection, or found by typing). */
export function NoteCapture(props: { db: RoundsDatabase; capture: PendingCapture }) {
  const [body, setBody] = useState(props.capture.text);
  const [query, setQuery] = useState('');
  // undefined: the best match; null: the user chose no physician.
  const [chosen, setChosen] = useState<string | null | undefined>(undefined);
  const [message, setMessage] = useState('');
  const [error, setError] = useState('');
  const candidates = useNoteCandidates(props.db, props.capture.text, query);
  const visible = chosen === null || candidates.some((c) => c.id === chosen);
  const selected = chosen !== undefined && visible ? chosen : (candidates[0]?.id ?? null);

  const save = async (event: Event) => {
    event.preventDefault();
    if (!body.trim()) return setError(t('capture.aNoteNeedsSomeText'));
    try {
      await saveCapturedNote(props.db, props.capture, body, selected);
      const who = candidates.find((c) => c.id === selected);
      setMessage(
        who ? t('capture.noteSavedForCandidate', { candidate: describeCandidate(who) }) : t('capture.noteSaved'),
      );
      setError('');
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };

  if (message) return <p role="status">{message}</p>;
  return (
    <form onSubmit={save} aria-label={t('capture.newNote')} noValidate>
      <h2>{t('capture.newNote')}</h2>
      <Field label={t('capture.note')} value={body} onInput={setBody} multiline autoFocus />
      <Field label={t('capture.findAPhysician')} type="search" value={query} onInput={setQuery} />
      <fieldset>
        <legend>{t('capture.physician')}</legend>
        {candidates.map((p) => (
          <label key={p.id} class="row">
            <input
              type="radio"
              name="note-physician"
              style={{ width: 'auto' }}
              checked={p.id === selected}
              onChange={() => setChosen(p.id)}
            />
            {describeCandidate(p)}
          </label>
        ))}
        <label class="row">
          <input
            type="radio"
            name="note-physician"
            style={{ width: 'auto' }}
            checked={selected === null}
            onChange={() => setChosen(null)}
          />
          {t('capture.noPhysician')}
        </label>
      </fieldset>
      {error && <p role="alert">{error}</p>}
      <button type="submit" class="primary">
        {t('capture.saveNote')}
      </button>
    </form>
  );
}
