import { useState } from 'preact/hooks';
import type { ColumnRole } from '../../features/discovery/queue-columns';
import { t } from '../../locales/i18n';
import type { QueueTable } from '../../messaging/page-context';
import { correctQueueColumn } from './use-page-context';

const roleLabels: Record<ColumnRole, string> = {
  provider: t('sidebar.referringProviderColumn'),
  status: t('sidebar.statusColumn'),
  service: t('sidebar.serviceColumn'),
  reference: t('sidebar.rowReferenceColumn'),
};

/**
 * `Columns`: which column of the page's referral queue holds the provider, status, service and row reference, as
 * Rounds read them from the headers; a change is kept for this portal. The patient column is never offered.
 */
export function QueueColumns(props: { table: QueueTable }) {
  const { headers, roles } = props.table;
  const [open, setOpen] = useState(false);
  return (
    <div class="queue-columns">
      <button type="button" aria-expanded={open} aria-controls="queue-columns" onClick={() => setOpen(!open)}>
        {t('sidebar.columns')}
      </button>
      <div id="queue-columns" hidden={!open}>
        {(Object.keys(roleLabels) as ColumnRole[]).map((role) => {
          const current = roles[role];
          return (
            <div key={role} class="field">
              <label for={`queue-column-${role}`}>{roleLabels[role]}</label>
              <select
                id={`queue-column-${role}`}
                value={current === undefined ? '' : String(current)}
                onChange={(e) => {
                  const value = (e.currentTarget as HTMLSelectElement).value;
                  const old = current === undefined ? undefined : headers[current];
                  if (value === '') {
                    if (old) correctQueueColumn(old, 'none');
                  } else correctQueueColumn(headers[Number(value)] ?? '', role);
                }}
              >
                <option value="">{t('sidebar.none')}</option>
                {headers.map((header, i) => (
                  <option key={header} value={String(i)}>
                    {header}
                  </option>
                ))}
              </select>
            </div>
          );
        })}
      </div>
    </div>
  );
}
