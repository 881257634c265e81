import { useLiveQuery } from '../../components/use-live-query';
import { displayName } from '../../features/directory/display-name';
import { formatInstant } from '../../features/directory/format-dates';
import { t } from '../../locales/i18n';
import type { RoundsDatabase } from '../../storage/database';
import type { Note, Physician } from '../../storage/schemas';

interface PageNotes {
  notes: Note[];
  physicians: Map<string, Physician>;
}

/** Notes written on this page (same page key), newest first, with the physicians they are about. */
export async function loadPageNotes(db: RoundsDatabase, pageKey: string): Promise<PageNotes> {
  const notes = (await db.notes.where('pageKey').equals(pageKey).toArray())
    .filter((n) => !n.deletedAt)
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  const ids = [...new Set(notes.flatMap((n) => n.physicianIds))];
  const physicians = new Map<string, Physician>();
  for (const p of await db.physicians.bulkGet(ids)) if (p) physicians.set(p.id, p);
  return { notes, physicians };
}

/** The `Notes on this page` section, live across tabs and the popup. */
export function NotesOnThisPage(props: { db: RoundsDatabase; pageKey: string }) {
  const data = useLiveQuery<PageNotes | null>(
    () => loadPageNotes(props.db, props.pageKey),
    [props.db, props.pageKey],
    null,
  );
  return (
    <section aria-labelledby="notes-on-this-page">
      <h2 id="notes-on-this-page">{t('sidebar.notesOnThisPage')}</h2>
      {data === null ? (
        <p class="muted">{t('sidebar.loading')}</p>
      ) : data.notes.length === 0 ? (
        <p class="muted">{t('sidebar.noNotesOnThisPage')}</p>
      ) : (
        <ul class="plain">
          {data.notes.map((note) => (
            <li key={note.id} class="card">
              <p class="note-body">{note.sensitive.body}</p>
              <div class="row muted">
                <time dateTime={note.createdAt}>{formatInstant(note.createdAt)}</time>
                {note.physicianIds.length > 0 && (
                  <span>
                    {t('sidebar.aboutMap', {
                      map: note.physicianIds
                        .map((id) => data.physicians.get(id))
                        .filter((p): p is Physician => p !== undefined)
                        .map(displayName)
                        .join('; '),
                    })}
                  </span>
                )}
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
