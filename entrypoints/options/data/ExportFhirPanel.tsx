import { useId, useState } from 'preact/hooks';
import { SelectField } from '../../../components/SelectField';
import { exportFhir, type FhirExportFormat } from '../../../features/fhir';
import { t } from '../../../locales/i18n';
import type { RoundsDatabase } from '../../../storage/database';
import { ConfirmDialog } from './ConfirmDialog';
import { JobProgressBar } from './JobProgressBar';
import { PatientInfoNotice } from './PatientInfoNotice';
import { saveFile } from './save-file';
import { useJob } from './use-job';

const formatOptions = [
  ['bundle', 'One FHIR Bundle (JSON)'],
  ['ndjson', 'NDJSON per resource type (zip, for bulk tools)'],
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
      const result = await job.run('Writing FHIR', (onProgress) =>
        exportFhir(props.db, { format, includePatientInfo, onProgress }),
      );
      saveFile(result.blob, result.fileName);
      const total = Object.values(result.counts).reduce((a, b) => a + b, 0);
      const warning = result.problems.length
        ? ` ${result.problems.length} stored records no longer pass their checks and were left out (${result.problems[0]}).`
        : '';
      setMessage({ alert: false, text: `Exported ${total} FHIR resources to ${result.fileName}.${warning}` });
    } catch (error) {
      setMessage({ alert: true, text: `The export failed: ${error instanceof Error ? error.message : String(error)}` });
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
