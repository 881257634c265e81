import { useState } from 'preact/hooks';
import { SelectField } from '../../../components/SelectField';
import { type CsvTable, exportCsv, exportCsvZip } from '../../../features/transfer';
import { errorText } from '../../../locales/coded-error';
import { t } from '../../../locales/i18n';
import type { RoundsDatabase } from '../../../storage/database';
import { ConfirmDialog } from './ConfirmDialog';
import { JobProgressBar } from './JobProgressBar';
import { PatientInfoNotice } from './PatientInfoNotice';
import { saveFile } from './save-file';
import { useJob } from './use-job';

type CsvChoice = CsvTable | 'all';
const csvOptions = [
  ['physicians', t('options.physicians')],
  ['outreach', t('options.outreach')],
  ['referrals', t('options.referrals')],
  ['notes', t('options.notes')],
  ['all', t('options.allFourZip')],
] as const;

/** `Export CSV`: one spreadsheet per record type, or all four in a zip. */
export function ExportCsvPanel(props: { db: RoundsDatabase }) {
  const [choice, setChoice] = useState<CsvChoice>('physicians');
  const [asking, setAsking] = useState(false);
  const [message, setMessage] = useState<{ alert: boolean; text: string }>({ alert: false, text: '' });
  const job = useJob();
  const save = async () => {
    setAsking(false);
    try {
      const file = await job.run(t('options.writingSpreadsheets'), (onProgress) =>
        choice === 'all' ? exportCsvZip(props.db, { onProgress }) : exportCsv(props.db, choice, { onProgress }),
      );
      saveFile(file.blob, file.fileName);
      setMessage({ alert: false, text: t('options.savedFilename', { fileName: file.fileName }) });
    } catch (error) {
      setMessage({ alert: true, text: t('options.exportFailed', { reason: errorText(error) }) });
    }
  };
  return (
    <div class="data-panel">
      <h3>{t('options.spreadsheets')}</h3>
      <SelectField label={t('options.spreadsheet')} value={choice} options={csvOptions} onChange={setChoice} />
      <button type="button" disabled={job.running} onClick={() => setAsking(true)}>
        {t('options.exportCsv')}
      </button>
      <ConfirmDialog
        open={asking}
        title={t('options.saveASpreadsheet')}
        confirmLabel={t('options.saveSpreadsheet')}
        onConfirm={() => void save()}
        onCancel={() => setAsking(false)}
      >
        <PatientInfoNotice />
      </ConfirmDialog>
      <JobProgressBar progress={job.progress} />
      {message.alert ? <p role="alert">{message.text}</p> : <p role="status">{message.text}</p>}
    </div>
  );
}
