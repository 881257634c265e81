import { describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { recordPendingBackup } from '../../../features/backup/backup-log';
import { createPendingCaptures } from '../../../features/capture/pending-captures.background';
import { declaredArea, storageKeys } from '../../../storage/extension-storage';
import { freshDatabase, repositories } from '../../../tests/db';
import { writeSessions } from '../../background/portal-tabs/session-store';
import { saveSidebarLayout } from '../../background/portal-tabs/sidebar-layout';
import { noteDraftKey, saveNoteDraft } from '../../sidebar/note-drafts';
import { deleteAllData } from './delete-all';

const everything = async () => ({
  local: await browser.storage.local.get(null),
  session: await browser.storage.session.get(null),
});

describe('Delete all data and extension storage', () => {
  it('leaves no Rounds key in storage.local or storage.session, nor a backup file, written as each feature does', async () => {
    fakeBrowser.reset();
    const db = await freshDatabase();
    const jane = await repositories(db).physicians.create({ last: 'Smith' });
    await saveNoteDraft(noteDraftKey(jane.id, 'https://ehr.example.org/chart?mrn=123'), 'Patient J.D. asked about');
    await saveSidebarLayout('portal-1', { open: false, width: 420 });
    const local = declaredArea(storageKeys.backupLog);
    if (!local) throw new Error('no local area');
    const downloads = {
      download: vi.fn(),
      removeFile: vi.fn(),
      erase: vi.fn(),
      search: vi.fn(),
      onChanged: browser.downloads.onChanged,
    };
    await recordPendingBackup(
      { storage: local, downloads },
      { downloadId: 7, fileName: 'rounds-backup.json', at: '2026-11-30T09:00:00.000Z' },
    );
    await writeSessions([
      {
        tabId: 3,
        portal: { id: 'portal-1', origin: 'https://ehr.example.org', pathPrefix: '/', pageKeyParams: [] },
        url: 'https://ehr.example.org/chart?mrn=123',
        title: 'Chart',
        open: true,
        detected: [{ physicianId: jane.id, count: 1 }],
        detection: 'keys',
        mount: null,
      },
    ]);
    await createPendingCaptures(declaredArea(storageKeys.pendingCaptures)).put({
      kind: 'note',
      text: 'Dr. Jane Smith',
      url: 'https://ehr.example.org/chart',
      title: 'Chart',
      at: '2026-11-30T09:00:00.000Z',
    });
    const before = await everything();
    expect(Object.keys(before.local)).toHaveLength(3);
    expect(Object.keys(before.session)).toHaveLength(2);

    vi.spyOn(browser.permissions, 'remove').mockResolvedValue(undefined);
    const removeFile = vi.spyOn(browser.downloads, 'removeFile').mockResolvedValue(undefined);
    await deleteAllData(db, async () => ({ tabs: 0, captures: 0 }));
    expect(removeFile).toHaveBeenCalledWith(7); // the automatic backup file holds all the data
    expect(await everything()).toEqual({ local: {}, session: {} });
  });
});
