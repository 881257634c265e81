import { useState } from 'preact/hooks';
import { t } from '../../locales/i18n';
import type { RoundsDatabase } from '../../storage/database';
import { repositories } from '../../storage/repositories';
import type { Note } from '../../storage/schemas';

/** Soft-deletes a note and offers Undo (restore) until the next action. */
export function useUndoableNoteDelete(db: RoundsDatabase, announce: (message: string) => void) {
  const [lastDeleted, setLastDeleted] = useState<Note | null>(null);
  const remove = async (note: Note) => {
    await repositories(db).notes.softDelete(note.id);
    setLastDeleted(note);
    announce(t('sidebar.noteDeleted'));
  };
  const restore = async () => {
    if (!lastDeleted) return;
    await repositories(db).notes.restore(lastDeleted.id);
    setLastDeleted(null);
    announce(t('sidebar.noteRestored'));
  };
  return { lastDeleted, remove, restore };
}
