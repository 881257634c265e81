import { useEffect, useState } from 'preact/hooks';
import { Field } from '../../../components/Field';
import { backupBrowser } from '../../../features/backup/backup-browser';
import { readBackupLog } from '../../../features/backup/backup-log';
import { exportJson } from '../../../features/transfer';
import { errorText } from '../../../locales/coded-error';
import { t, tn } from '../../../locales/i18n';
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
      setMessage({ alert: false, text: t('options.savedFilename', { fileName: result.fileName }) });
    } finally {
      setBusy(false);
    }
  };
  const remove = async () => {
    setBusy(true);
    try {
      const removed = await deleteAllData(props.db);
      close();
      setMessage({ alert: false, text: t('options.deletedAllDataRemovedRecords', { removed }) });
    } catch (error) {
      setMessage({
        alert: true,
        text: t('options.nothingDeleted', { reason: errorText(error) }),
      });
    } finally {
      setBusy(false);
    }
  };
  return (
    <div class="data-panel">
      <h3>{t('options.startOver')}</h3>
      <button type="button" class="danger" onClick={() => setAsking(true)}>
        {t('options.deleteAllData')}
      </button>
      <ConfirmDialog
        open={asking}
        danger
        title={t('options.deleteAllRoundsData')}
        confirmLabel={t('options.deleteEverything')}
        confirmDisabled={busy || typed.trim() !== confirmWord}
        onConfirm={() => void remove()}
        onCancel={close}
      >
        <p>{t('options.thisRemovesEveryPhysicianPractice')}</p>
        <p>{tn('options.backupFilesDeleted', backupFiles)}</p>
        <p>{t('options.youMayWantACopy')}</p>
        <PatientInfoNotice />
        <button type="button" disabled={busy} onClick={() => void exportFirst()}>
          {t('options.saveAnExportFirst')}
        </button>
        <Field
          label={t('options.typeConfirmwordToConfirm', { confirmWord: confirmWord })}
          value={typed}
          onInput={setTyped}
        />
      </ConfirmDialog>
      {message.alert ? <p role="alert">{message.text}</p> : <p role="status">{message.text}</p>}
    </div>
  );
}
