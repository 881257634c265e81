import { useId, useState } from 'preact/hooks';
import { analyzeFhirImport, isFhirFile } from '../../../features/fhir';
import {
  analyzeImport,
  commitImport,
  type ImportAnalysis,
  ImportError,
  type SettingField,
} from '../../../features/transfer';
import { errorText } from '../../../locales/coded-error';
import { t, tn } from '../../../locales/i18n';
import type { RoundsDatabase } from '../../../storage/database';
import { ImportPreview } from './ImportPreview';
import { JobProgressBar } from './JobProgressBar';
import { openIfProtected } from './open-protected';
import { SettingChoices } from './SettingChoices';
import { settingLabels } from './setting-labels';
import { countsText } from './table-labels';
import { useJob } from './use-job';

const settingsText = (chosen: readonly SettingField[]) =>
  chosen.length
    ? t('options.settingsTakenFromTheFile', { map: chosen.map((f) => settingLabels[f]).join(', ') })
    : t('options.yourSettingsWereKept');

type Outcome = { kind: 'none' } | { kind: 'status'; text: string } | { kind: 'alert'; text: string; issues: string[] };

/** `Import file`: analyse a Rounds export or a FHIR file (told apart by content), preview what it would change, then `Import` (all or nothing) or cancel. */
export function ImportPanel(props: { db: RoundsDatabase }) {
  const id = useId();
  const [pending, setPending] = useState<{ analysis: ImportAnalysis; fileName: string } | null>(null);
  const [chosenSettings, setChosenSettings] = useState<SettingField[]>([]);
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'none' });
  const job = useJob();
  const [filePassphrase, setFilePassphrase] = useState('');

  const fail = (error: unknown) => {
    if (error instanceof ImportError) {
      setOutcome({ kind: 'alert', text: error.message, issues: error.issues.length > 1 ? error.issues : [] });
    } else {
      setOutcome({
        kind: 'alert',
        text: t('options.nothingImported', { reason: errorText(error) }),
        issues: [],
      });
    }
  };
  const analyse = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    setPending(null);
    setChosenSettings([]);
    setOutcome({ kind: 'none' });
    try {
      const chosen = await openIfProtected(file, filePassphrase);
      const analysis = await job.run(t('options.checkingTheFile'), async (onProgress) =>
        (await isFhirFile(chosen))
          ? analyzeFhirImport(props.db, chosen, { onProgress, fileName: file.name })
          : analyzeImport(props.db, chosen, { onProgress }),
      );
      setPending({ analysis, fileName: file.name });
    } catch (error) {
      fail(error);
    }
  };
  const commit = async () => {
    if (!pending) return;
    try {
      const { written } = await job.run(t('options.importing'), (onProgress) =>
        commitImport(props.db, pending.analysis, onProgress, chosenSettings),
      );
      const unchanged = Object.values(pending.analysis.preview).reduce((n, p) => n + p.unchanged, 0);
      const conflicts = pending.analysis.conflicts.length;
      const left =
        'notImportedCount' in pending.analysis
          ? ` ${tn('options.notImported', Number(pending.analysis.notImportedCount))}.`
          : '';
      setPending(null);
      setOutcome({
        kind: 'status',
        text: t('options.importedCountstextUnchangedUnchangedConflicts', {
          countsText: countsText(written),
          unchanged,
          conflicts,
          left,
          settingsText: settingsText(chosenSettings),
        }),
      });
    } catch (error) {
      setPending(null);
      fail(error);
    }
  };

  return (
    <div class="data-panel">
      <h3>{t('options.importARoundsExportOr')}</h3>
      <div class="field">
        <label for={`${id}-passphrase`}>{t('options.passphraseOfAProtectedFile')}</label>
        <input
          id={`${id}-passphrase`}
          type="password"
          autoComplete="off"
          value={filePassphrase}
          onInput={(e) => setFilePassphrase(e.currentTarget.value)}
        />
      </div>
      <div class="field">
        <label for={id}>{t('options.importFile')}</label>
        <input
          id={id}
          type="file"
          accept=".json,application/json,.ndjson,application/fhir+json,.zip"
          disabled={job.running}
          onChange={(e) => void analyse(e.currentTarget)}
        />
      </div>
      <JobProgressBar progress={job.progress} />
      {pending && (
        <>
          <ImportPreview analysis={pending.analysis} fileName={pending.fileName} />
          <SettingChoices
            changes={pending.analysis.settingChanges}
            chosen={chosenSettings}
            onChange={setChosenSettings}
          />
          <div class="actions">
            <button type="button" class="primary" disabled={job.running} onClick={() => void commit()}>
              {t('options.import')}
            </button>
            <button type="button" disabled={job.running} onClick={() => setPending(null)}>
              {t('options.cancelImport')}
            </button>
          </div>
        </>
      )}
      {outcome.kind === 'alert' ? (
        <div role="alert">
          <p>{outcome.text}</p>
          {outcome.issues.length > 0 && (
            <ul>
              {outcome.issues.map((issue) => (
                <li key={issue}>{issue}</li>
              ))}
            </ul>
          )}
        </div>
      ) : (
        <p role="status">{outcome.kind === 'status' ? outcome.text : ''}</p>
      )}
    </div>
  );
}
