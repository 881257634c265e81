import { t } from '../../../locales/i18n';
/** The plain warning shown before any file leaves Rounds. */
export function PatientInfoNotice() {
  return <p>{t('options.thisFileMayContainPatient')}</p>;
}
