import { useEffect, useState } from 'preact/hooks';
import { Field } from '../../../components/Field';
import { backupBrowser } from '../../../features/backup/backup-browser';
import { readBackupLog } from '../../../features/backup/backup-log';
import { exportJson } from '../../../features/transfer';
import type { RoundsDatabase } from '../../../storage/database';
import { ConfirmDialog } from './ConfirmDialog';
import { deleteAllData } from './delete-all';
import { PatientInfoNotice } from './PatientInfoNotice';
import { saveFile } from './save-file';

const confirmWord = 'DELETE';

/** `Delete all data`: a dialog that offers an export first and needs DELETE typed before it clears every table. */
export function DeleteAllPanel(props: { db: RoundsDatabase }) {
  const [asking, setAsking] = useState(false);
  const [typed, setTyped] = useState('');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ alert: boolean; text: string }>({ alert: false, text: '' });
  const [backupFiles, setBackupFiles] = useState(0);
  useEffect(() => {
    const api = asking ? backupBrowser() : undefined;
    if (api)
      void readBackupLog(api).then(
        (log) => setBackupFiles(log.length),
        () => setBackupFiles(0),
      );
  }, [asking]);
  const close = () => {
    setAsking(false);
    setTyped('');
  };
  const exportFirst = async () => {
    setBusy(true);
    try {
      const result = await exportJson(props.db);
      saveFile(result.blob, result.fileName);
      setMessage({ alert: false, text: `Saved ${result.fileName}.` });
    } finally {
      setBusy(false);
    }
  };
  const remove = async () => {
    setBusy(true);
    try {
      const removed = await deleteAllData(props.db);
      close();
      setMessage({ alert: false, text: `Deleted all data (${removed} records). Rounds is empty.` });
    } catch (error) {
      setMessage({
        alert: true,
        text: `Nothing was deleted: ${error instanceof Error ? error.message : String(error)}`,
      });
    } finally {
      setBusy(false);
    }
  };
  return (
    <div class="data-panel">
      <h3>Start over</h3>
      <button type="button" class="danger" onClick={() => setAsking(true)}>
        Delete all data
      </button>
      <ConfirmDialog
        open={asking}
        danger
        title="Delete all Rounds data?"
        confirmLabel="Delete everything"
        confirmDisabled={busy || typed.trim() !== confirmWord}
        onConfirm={() => void remove()}
        onCancel={close}
      >
        <p>
          This removes every physician, practice, note, referral, outreach, follow-up, enabled portal and your settings
          from this browser, with note drafts, captures waiting to be saved and what open portal tabs hold; open
          sidebars close. It cannot be undone.
        </p>
        <p>
          Backup files: Rounds deletes from disk the {backupFiles} automatic weekly backup
          {backupFiles === 1 ? ' file' : ' files'} it saved in Downloads/Rounds backups, where they still are. Files you
          moved or renamed, and exports you saved yourself, stay: delete those yourself (they hold all the data).
        </p>
        <p>You may want a copy first.</p>
        <PatientInfoNotice />
        <button type="button" disabled={busy} onClick={() => void exportFirst()}>
          Save an export first
        </button>
        <Field label={`Type ${confirmWord} to confirm`} value={typed} onInput={setTyped} />
      </ConfirmDialog>
      {message.alert ? <p role="alert">{message.text}</p> : <p role="status">{message.text}</p>}
    </div>
  );
}
