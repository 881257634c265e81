import { pageRefOf } from '../../features/capture/capture-draft';
import type { PendingCapture } from '../../messaging/pending-capture';
import type { RoundsDatabase } from '../../storage/database';
import { repositories } from '../../storage/repositories';
import type { Note } from '../../storage/schemas';

/** Stores the confirmed note, attached to the chosen physician (if any) and to the page it was captured on. */
export async function saveCapturedNote(
  db: RoundsDatabase,
  capture: PendingCapture,
  body: string,
  physicianId: string | null,
): Promise<Note> {
  return repositories(db).notes.create({
    sensitive: { body },
    physicianIds: physicianId ? [physicianId] : [],
    page: pageRefOf(capture),
  });
}
