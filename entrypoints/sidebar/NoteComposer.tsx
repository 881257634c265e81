import { useState } from 'preact/hooks';
import { Field } from '../../components/Field';
import { t } from '../../locales/i18n';
import type { RoundsDatabase } from '../../storage/database';
import { repositories } from '../../storage/repositories';
import type { PageRef } from '../../storage/schemas';
import { useNoteDraft } from './use-note-draft';

interface NoteComposerProps {
  db: RoundsDatabase;
  physicianId: string;
  page: PageRef;
  /** Announced through the view's status line. */
  onSaved: (message: string) => void;
}

/** Textbox `Note` and `Save note`: the note is attached to the physician and this page; the draft survives closing. */
export function NoteComposer(props: NoteComposerProps) {
  const draft = useNoteDraft(props.physicianId, props.page.key);
  const [error, setError] = useState('');
  const [saving, setSaving] = useState(false);

  const save = async (event: Event) => {
    event.preventDefault();
    if (saving) return;
    if (!draft.text.trim()) {
      setError(t('sidebar.writeANoteFirst'));
      return;
    }
    setSaving(true);
    try {
      await repositories(props.db).notes.create({
        physicianIds: [props.physicianId],
        page: props.page,
        sensitive: { body: draft.text },
      });
      await draft.clear();
      setError('');
      props.onSaved(t('sidebar.noteSaved'));
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    } finally {
      setSaving(false);
    }
  };

  return (
    <form
      onSubmit={save}
      aria-label={t('sidebar.addANote')}
      noValidate
      onKeyDown={(e) => {
        // Ctrl+Enter (⌘+Enter) saves from inside the textbox.
        if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) void save(e);
      }}
    >
      <Field
        label={t('sidebar.note')}
        multiline
        value={draft.text}
        error={error || undefined}
        {...(draft.restored ? { hint: t('sidebar.restoredYourUnsavedDraft') } : {})}
        onInput={(value) => {
          draft.setText(value);
          if (error) setError('');
        }}
      />
      <div class="row">
        <button type="submit" class="primary" disabled={saving}>
          {t('sidebar.saveNote')}
        </button>
        <span class="hint muted">{t('sidebar.ctrlEnter')}</span>
      </div>
    </form>
  );
}
