import { useId, useState } from 'preact/hooks';
import {
  type ColumnMapping,
  commitRoster,
  detectColumns,
  parseRoster,
  previewRoster,
  type RosterPreview,
  type RosterTable,
} from '../../../features/transfer';
import { t, tn } from '../../../locales/i18n';
import type { RoundsDatabase } from '../../../storage/database';
import { ValidationError } from '../../../storage/validation';
import { JobProgressBar } from './JobProgressBar';
import { RosterMapping } from './RosterMapping';
import { RosterRows } from './RosterRows';
import { useJob } from './use-job';

const messageOf = (error: unknown) =>
  error instanceof ValidationError ? error.issues.join('; ') : error instanceof Error ? error.message : String(error);

/** `Import roster (CSV)`: map columns, check every row, skip rows with problems, then add all or nothing. */
export function RosterPanel(props: { db: RoundsDatabase }) {
  const id = useId();
  const [table, setTable] = useState<RosterTable | null>(null);
  const [mapping, setMapping] = useState<ColumnMapping>({});
  const [preview, setPreview] = useState<RosterPreview | null>(null);
  const [skip, setSkip] = useState<Set<number>>(new Set());
  const [message, setMessage] = useState<{ alert: boolean; text: string }>({ alert: false, text: '' });
  const job = useJob();
  const reset = () => {
    setTable(null);
    setPreview(null);
    setSkip(new Set());
  };

  const read = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    reset();
    setMessage({ alert: false, text: '' });
    try {
      const parsed = await parseRoster(file, file.name);
      setTable(parsed);
      setMapping(detectColumns(parsed.headers));
    } catch (error) {
      setMessage({ alert: true, text: messageOf(error) });
    }
  };
  const check = async () => {
    if (!table) return;
    setPreview(
      await job.run(t('options.checkingRows'), (onProgress) => previewRoster(props.db, table, { mapping, onProgress })),
    );
    setSkip(new Set());
  };
  const commit = async () => {
    if (!preview) return;
    try {
      const added = await job.run(t('options.addingPhysicians'), (onProgress) =>
        commitRoster(props.db, preview, { skipLines: skip, onProgress }),
      );
      reset();
      setMessage({
        alert: false,
        text: t('options.addedPhysiciansPhysiciansAndPractices', {
          physicians: added.physicians,
          practices: added.practices,
        }),
      });
    } catch (error) {
      setMessage({ alert: true, text: t('options.nothingWasAddedMessageof', { messageOf: messageOf(error) }) });
    }
  };
  const unresolved = preview?.rows.some((r) => r.problems.length > 0 && !skip.has(r.line)) ?? true;

  return (
    <div class="data-panel">
      <h3 id="roster-heading">{t('options.importARoster')}</h3>
      <div class="field">
        <label for={id}>{t('options.importRosterCsv')}</label>
        <input
          id={id}
          type="file"
          accept=".csv,.txt,text/csv"
          disabled={job.running}
          onChange={(e) => void read(e.currentTarget)}
        />
      </div>
      {table && (
        <>
          <p>{tn('options.rosterFileRows', table.rows.length, { fileName: table.fileName })}</p>
          <RosterMapping
            headers={table.headers}
            mapping={mapping}
            onChange={(m) => {
              setMapping(m);
              setPreview(null);
            }}
          />
          <button type="button" disabled={job.running} onClick={() => void check()}>
            {t('options.checkRows')}
          </button>
        </>
      )}
      {preview && (
        <>
          <RosterRows
            preview={preview}
            skip={skip}
            onSkip={(lines, on) => {
              const next = new Set(skip);
              for (const line of lines) on ? next.add(line) : next.delete(line);
              setSkip(next);
            }}
          />
          <div class="actions">
            <button type="button" class="primary" disabled={job.running || unresolved} onClick={() => void commit()}>
              {t('options.addPhysicians')}
            </button>
            <button type="button" disabled={job.running} onClick={reset}>
              {t('options.cancelRoster')}
            </button>
          </div>
        </>
      )}
      <JobProgressBar progress={job.progress} />
      {message.alert ? <p role="alert">{message.text}</p> : <p role="status">{message.text}</p>}
    </div>
  );
}
