import { useId, useState } from 'preact/hooks';
import { SelectField } from '../../../components/SelectField';
import { exportFhir, type FhirExportFormat } from '../../../features/fhir';
import { errorText } from '../../../locales/coded-error';
import { t, tn } from '../../../locales/i18n';
import type { RoundsDatabase } from '../../../storage/database';
import { ConfirmDialog } from './ConfirmDialog';
import { JobProgressBar } from './JobProgressBar';
import { PatientInfoNotice } from './PatientInfoNotice';
import { saveFile } from './save-file';
import { useJob } from './use-job';

const formatOptions = [
  ['bundle', t('options.oneFhirBundleJson')],
  ['ndjson', t('options.ndjsonPerResourceTypeZip')],
] as const;

/** `Export FHIR`: the directory and referral log as FHIR R4 for hospital IT; patient information only if chosen. */
export function ExportFhirPanel(props: { db: RoundsDatabase }) {
  const id = useId();
  const [format, setFormat] = useState<FhirExportFormat>('bundle');
  const [includePatientInfo, setIncludePatientInfo] = useState(false);
  const [asking, setAsking] = useState(false);
  const [message, setMessage] = useState<{ alert: boolean; text: string }>({ alert: false, text: '' });
  const job = useJob();
  const save = async () => {
    setAsking(false);
    setMessage({ alert: false, text: '' });
    try {
      const result = await job.run(t('options.writingFhir'), (onProgress) =>
        exportFhir(props.db, { format, includePatientInfo, onProgress }),
      );
      saveFile(result.blob, result.fileName);
      const total = Object.values(result.counts).reduce((a, b) => a + b, 0);
      const warning = result.problems.length
        ? ` ${tn('options.fhirProblems', result.problems.length, { first: result.problems[0] ?? '' })}`
        : '';
      setMessage({
        alert: false,
        text: t('options.exportedTotalFhirResourcesTo', { total, fileName: result.fileName, warning }),
      });
    } catch (error) {
      setMessage({ alert: true, text: t('options.exportFailed', { reason: errorText(error) }) });
    }
  };
  return (
    <div class="data-panel">
      <h3>{t('options.fhirR4ForHospitalIt')}</h3>
      <p class="hint">{t('options.physiciansPracticesReferralsFollowUps')}</p>
      <SelectField label={t('options.fhirFile')} value={format} options={formatOptions} onChange={setFormat} />
      <div class="field">
        <label for={id}>
          <input
            id={id}
            type="checkbox"
            checked={includePatientInfo}
            onChange={(e) => setIncludePatientInfo(e.currentTarget.checked)}
          />{' '}
          {t('options.includePatientInformationReferralPatient')}
        </label>
      </div>
      <button type="button" disabled={job.running} onClick={() => setAsking(true)}>
        {t('options.exportFhir')}
      </button>
      <ConfirmDialog
        open={asking}
        title={t('options.saveAFhirFile')}
        confirmLabel={t('options.saveFhirFile')}
        onConfirm={() => void save()}
        onCancel={() => setAsking(false)}
      >
        <PatientInfoNotice />
        {!includePatientInfo && <p>{t('options.patientInformationIsLeftOut')}</p>}
      </ConfirmDialog>
      <JobProgressBar progress={job.progress} />
      {message.alert ? <p role="alert">{message.text}</p> : <p role="status">{message.text}</p>}
    </div>
  );
}
