import type { TeamStatus } from '../../storage/team/team-settings';
import { teamLabels } from './team-labels';

/** The sync status as one live region: Synced / Syncing (n waiting) / Offline or Error with the reason. */
export function SyncIndicator(props: { status: TeamStatus }) {
  const { state, reason, pending, lastSyncedAt } = props.status;
  const details = [
    state === 'syncing' && pending > 0 ? teamLabels.pending(pending) : '',
    state === 'synced' && lastSyncedAt ? teamLabels.lastSynced(new Date(lastSyncedAt).toLocaleTimeString()) : '',
    state === 'offline' || state === 'error' ? reason : '',
  ].filter(Boolean);
  return (
    <p role="status" class={`sync-status sync-${state}`}>
      <strong>{teamLabels.state[state]}</strong>
      {details.length ? `: ${details.join(' · ')}` : ''}
    </p>
  );
}
