import { useState } from 'preact/hooks';
import { Field } from '../../../components/Field';
import { SelectField } from '../../../components/SelectField';
import { type ExportScope, exportJson } from '../../../features/transfer';
import { protectExport } from '../../../features/transfer/protected-file';
import { errorText } from '../../../locales/coded-error';
import { t, tn } from '../../../locales/i18n';
import type { RoundsDatabase } from '../../../storage/database';
import { ConfirmDialog } from './ConfirmDialog';
import { JobProgressBar } from './JobProgressBar';
import { PatientInfoNotice } from './PatientInfoNotice';
import { PhysicianPicker, type PickedPhysician } from './PhysicianPicker';
import { saveFile } from './save-file';
import { useJob } from './use-job';

type ScopeKind = ExportScope['kind'];
const scopeOptions = [
  ['all', t('options.everything')],
  ['dates', t('options.aDateRange')],
  ['physicians', t('options.selectedPhysicians')],
] as const;

/** `Export JSON`: everything, a date range, or chosen physicians, after a patient-information confirmation. */
export function ExportJsonPanel(props: { db: RoundsDatabase }) {
  const [kind, setKind] = useState<ScopeKind>('all');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [picked, setPicked] = useState<PickedPhysician[]>([]);
  const [filePassphrase, setFilePassphrase] = useState('');
  const [asking, setAsking] = useState(false);
  const [message, setMessage] = useState<{ alert: boolean; text: string }>({ alert: false, text: '' });
  const job = useJob();

  const scopeProblem =
    kind === 'dates' && (!from || !to || from > to)
      ? t('options.chooseAStartAndAn')
      : kind === 'physicians' && picked.length === 0
        ? t('options.chooseAtLeastOnePhysician')
        : '';
  const scope = (): ExportScope =>
    kind === 'dates' ? { kind, from, to } : kind === 'physicians' ? { kind, ids: picked.map((p) => p.id) } : { kind };

  const save = async () => {
    setAsking(false);
    setMessage({ alert: false, text: '' });
    try {
      const result = await job.run(t('options.exporting'), (onProgress) =>
        exportJson(props.db, { scope: scope(), onProgress }),
      );
      if (filePassphrase) {
        result.blob = await protectExport(result.blob, filePassphrase);
        result.fileName = result.fileName.replace(/\.json$/, '.protected.json');
      }
      saveFile(result.blob, result.fileName);
      const total = Object.values(result.counts).reduce((a, b) => a + b, 0);
      const warning = result.problems.length
        ? ` ${tn('options.jsonProblems', result.problems.length, { first: result.problems[0] ?? '' })}`
        : '';
      setMessage({
        alert: false,
        text: t('options.exportedTotalRecordsToFilename', { total, fileName: result.fileName, warning }),
      });
    } catch (error) {
      setMessage({ alert: true, text: t('options.exportFailed', { reason: errorText(error) }) });
    }
  };

  return (
    <div class="data-panel">
      <h3>{t('options.exportToAFile')}</h3>
      <SelectField label={t('options.whatToExport')} value={kind} options={scopeOptions} onChange={setKind} />
      {kind === 'dates' && (
        <>
          <Field label={t('options.from')} type="date" value={from} onInput={setFrom} />
          <Field label={t('options.to')} type="date" value={to} onInput={setTo} />
        </>
      )}
      {kind === 'physicians' && <PhysicianPicker db={props.db} picked={picked} onChange={setPicked} />}
      {scopeProblem && <p class="hint">{scopeProblem}</p>}
      <div class="field">
        <label for="export-file-passphrase">{t('options.filePassphrase')}</label>
        <input
          id="export-file-passphrase"
          type="password"
          autoComplete="new-password"
          value={filePassphrase}
          onInput={(e) => setFilePassphrase(e.currentTarget.value)}
          aria-describedby="export-file-passphrase-hint"
        />
        <span class="hint" id="export-file-passphrase-hint">
          {t('options.optionalEncryptsTheFileAes')}
        </span>
      </div>
      <button type="button" disabled={job.running || scopeProblem !== ''} onClick={() => setAsking(true)}>
        {t('options.exportJson')}
      </button>
      <ConfirmDialog
        open={asking}
        title={t('options.saveAnExportFile')}
        confirmLabel={t('options.saveExport')}
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
