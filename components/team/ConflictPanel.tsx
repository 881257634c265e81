import { useState } from 'preact/hooks';
import { send } from '../../messaging/client';
import type { TeamView } from '../../messaging/messages/team';
import { teamLabels } from './team-labels';

type Version = { rev: string; row: Record<string, unknown> };
const hidden = new Set(['id', 'createdAt', 'nameTokens', 'nameKey', 'sensitive', 'page', 'pageKey']);
const show = (v: unknown) => (typeof v === 'string' ? v : JSON.stringify(v));

/** `Resolve conflict` on one record: every version side by side (the fields that differ), keep one. */
export function ConflictPanel(props: { id: string; label: string; onResolved: (view: TeamView) => void }) {
  const [versions, setVersions] = useState<Version[] | null>(null);
  const [error, setError] = useState('');
  const open = async () => {
    try {
      setVersions(await send('team.conflict', { id: props.id }));
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  const keep = async (rev: string) => {
    try {
      props.onResolved(await send('team.resolve', { id: props.id, keepRev: rev }));
      setVersions(null);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  const fields = versions
    ? [...new Set(versions.flatMap((v) => Object.keys(v.row)))].filter(
        (f) => !hidden.has(f) && new Set(versions.map((v) => show(v.row[f]))).size > 1,
      )
    : [];
  return (
    <li>
      {props.label}{' '}
      <button type="button" onClick={open} aria-expanded={versions !== null}>
        {teamLabels.resolveConflict}
      </button>
      {error && <p role="alert">{error}</p>}
      {versions && (
        <table class="conflict-versions">
          <caption>{props.label}</caption>
          <thead>
            <tr>
              <th scope="col">{teamLabels.field}</th>
              {versions.map((v, i) => (
                <th scope="col" key={v.rev}>
                  {teamLabels.versionHeading(i + 1, show(v.row.updatedBy ?? ''), show(v.row.updatedAt ?? ''))}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {fields.map((f) => (
              <tr key={f}>
                <th scope="row">{f}</th>
                {versions.map((v) => (
                  <td key={v.rev}>{show(v.row[f] ?? '')}</td>
                ))}
              </tr>
            ))}
            <tr>
              <td />
              {versions.map((v, i) => (
                <td key={v.rev}>
                  <button type="button" onClick={() => keep(v.rev)}>
                    {teamLabels.keepVersion(i + 1)}
                  </button>
                </td>
              ))}
            </tr>
          </tbody>
        </table>
      )}
    </li>
  );
}
