import { browser } from 'wxt/browser';
import { applyBackupCipher, protectBackup } from '../../features/encryption/backup-protection';
import { exportJson } from '../../features/transfer';
import { type OffscreenBackupMade, offscreenCommand } from '../../messaging/offscreen-commands';
import { getDatabase } from '../../storage/database';

const made = new Set<string>();

/** Only our own background (the service worker) commands this document; every other message is left alone. */
function fromBackground(sender: { id?: string; url?: string; tab?: unknown }): boolean {
  return sender.id === browser.runtime.id && !sender.tab && sender.url === browser.runtime.getURL('/background.js');
}

/** Makes the backup export into a blob: URL, or revokes one; undefined (no answer) for anything not ours. */
export function answerOffscreenCommand(
  message: unknown,
  sender: { id?: string; url?: string; tab?: unknown },
): Promise<OffscreenBackupMade | { ok: true }> | undefined {
  const command = offscreenCommand.safeParse(message);
  if (!command.success || !fromBackground(sender)) return undefined;
  if (command.data.offscreen === 'backup.release') {
    const { url } = command.data;
    if (made.delete(url)) URL.revokeObjectURL(url);
    return Promise.resolve({ ok: true });
  }
  const now = new Date(command.data.now);
  const cipher = command.data.cipher ?? null;
  return getDatabase()
    .then((db) => {
      applyBackupCipher(cipher ?? undefined); // after the database loaded its (empty, here) state
      return exportJson(db, { now });
    })
    .then((exported) => protectBackup(exported, cipher))
    .then((result): OffscreenBackupMade => {
      const url = URL.createObjectURL(result.blob);
      made.add(url);
      return { ok: true, url, fileName: result.fileName, bytes: result.blob.size };
    })
    .catch((error: unknown) => ({ ok: false, error: error instanceof Error ? error.message : String(error) }));
}
