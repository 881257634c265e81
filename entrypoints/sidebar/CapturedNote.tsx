import { useEffect, useState } from 'preact/hooks';
import { useNoteCandidates } from '../../components/capture/use-note-candidates';
import { Field } from '../../components/Field';
import { PhysicianPicker } from '../../components/referrals/PhysicianPicker';
import { t } from '../../locales/i18n';
import type { RoundsDatabase } from '../../storage/database';
import { repositories } from '../../storage/repositories';
import type { PageRef, Physician } from '../../storage/schemas';
import { useEscape } from './use-escape';

interface CapturedNoteProps {
  db: RoundsDatabase;
  /** The selected text the note starts from. */
  text: string;
  page: PageRef;
  search: (query: string) => Promise<Physician[]>;
  /** The physician the note was saved for (null: none, or cancelled), and what to announce. */
  onDone: (physicianId: string | null, message: string) => void;
}

/**
 * `New note` from a page selection: `Note` prefilled, the physician the text names chosen (or picked by
 * type-ahead); the note is attached to that physician and to this portal page.
 */
export function CapturedNote(props: CapturedNoteProps) {
  const [body, setBody] = useState(props.text);
  const [physician, setPhysician] = useState<Physician | null>(null);
  const [touched, setTouched] = useState(false);
  const [error, setError] = useState('');
  const [saving, setSaving] = useState(false);
  const named = useNoteCandidates(props.db, props.text, '');
  useEscape(() => props.onDone(null, ''));

  useEffect(() => {
    if (!touched && named[0]) setPhysician(named[0]);
  }, [named, touched]);

  const save = async (event: Event) => {
    event.preventDefault();
    if (saving) return;
    if (!body.trim()) return setError(t('sidebar.writeANoteFirst'));
    setSaving(true);
    try {
      await repositories(props.db).notes.create({
        physicianIds: physician ? [physician.id] : [],
        page: props.page,
        sensitive: { body },
      });
      props.onDone(physician?.id ?? null, t('sidebar.noteSaved'));
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
      setSaving(false);
    }
  };

  return (
    <form class="captured-note" onSubmit={save} aria-labelledby="captured-note-heading" noValidate>
      <h2 id="captured-note-heading">{t('sidebar.newNote')}</h2>
      <Field
        label={t('sidebar.note')}
        multiline
        value={body}
        error={error || undefined}
        onInput={(value) => {
          setBody(value);
          if (error) setError('');
        }}
      />
      <PhysicianPicker
        label={t('sidebar.aboutPhysician')}
        value={physician}
        onChange={(p) => {
          setTouched(true);
          setPhysician(p);
        }}
        initial={named}
        search={props.search}
      />
      <p class="muted">
        {physician ? t('sidebar.attachedToThisPhysicianAnd') : t('sidebar.noPhysicianChosenAttachedTo')}
      </p>
      <div class="row">
        <button type="submit" class="primary" disabled={saving}>
          {t('sidebar.saveNote')}
        </button>
        <button type="button" onClick={() => props.onDone(null, '')}>
          {t('sidebar.cancel')}
        </button>
      </div>
    </form>
  );
}
