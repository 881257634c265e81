import type { FollowUp, Note, Outreach, Referral } from '../../storage/schemas';

type StatusChange = Referral['history'][number];

/** One dated entry of a physician's (or a practice's) history. `sortKey` is an ISO instant or day. */
export type TimelineItem =
  | { kind: 'note'; key: string; sortKey: string; note: Note }
  | { kind: 'outreach'; key: string; sortKey: string; outreach: Outreach }
  | { kind: 'referral'; key: string; sortKey: string; referral: Referral; change: StatusChange; isFirst: boolean }
  | { kind: 'follow-up'; key: string; sortKey: string; followUp: FollowUp };

export interface TimelineSources {
  notes?: readonly Note[];
  outreach?: readonly Outreach[];
  referrals?: readonly Referral[];
  followUps?: readonly FollowUp[];
}

/** Merges notes, outreach, each referral status change and follow-ups into one list, newest first; skips deleted rows. */
export function buildTimeline(sources: TimelineSources): TimelineItem[] {
  const items: TimelineItem[] = [];
  for (const note of sources.notes ?? []) {
    if (!note.deletedAt) items.push({ kind: 'note', key: `n:${note.id}`, sortKey: note.createdAt, note });
  }
  for (const o of sources.outreach ?? []) {
    if (!o.deletedAt) items.push({ kind: 'outreach', key: `o:${o.id}`, sortKey: o.at, outreach: o });
  }
  for (const referral of sources.referrals ?? []) {
    if (referral.deletedAt) continue;
    referral.history.forEach((change, i) => {
      items.push({
        kind: 'referral',
        key: `r:${referral.id}:${i}`,
        sortKey: change.at,
        referral,
        change,
        isFirst: i === 0,
      });
    });
  }
  for (const f of sources.followUps ?? []) {
    if (f.deletedAt) continue;
    // Open follow-ups sit at their due day; done ones at the moment they were done.
    const sortKey = f.status === 'done' && f.doneAt ? f.doneAt : `${f.dueDate}T12:00:00.000Z`;
    items.push({ kind: 'follow-up', key: `f:${f.id}`, sortKey, followUp: f });
  }
  return items.sort((a, b) => b.sortKey.localeCompare(a.sortKey) || a.key.localeCompare(b.key));
}
