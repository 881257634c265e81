import { cipherState } from '../../storage/crypto/cipher-state';
import type { RoundsDatabase } from '../../storage/database';
import { repositories } from '../../storage/repositories';
import type { Clock } from '../../storage/repositories/repository';
import type { Referral } from '../../storage/schemas';
import { loadSettings } from '../../storage/settings-store';

const dayMs = 86_400_000;

export interface RetentionResult {
  referrals: number;
  followUps: number;
}

/** When the referral ended (its last move to closed or cancelled), or null while it is open. */
export function endedAtMs(referral: Pick<Referral, 'status' | 'history'>): number | null {
  if (referral.status !== 'closed' && referral.status !== 'cancelled') return null;
  let ended: number | null = null;
  for (const h of referral.history) if (h.status === referral.status) ended = Math.max(ended ?? 0, Date.parse(h.at));
  return ended;
}

/**
 * Clears patientRef and notes (both may identify the patient) from referrals closed or cancelled more than
 * `days` days before `now`, and removes the patientRef from their follow-ups' text.
 * Status, dates, history and service line stay, so counts and stage times are unchanged.
 */
export async function clearOldPatientReferences(
  db: RoundsDatabase,
  days: number,
  now: Date = new Date(),
  clock?: Clock,
): Promise<RetentionResult> {
  // Locked, the texts read as placeholders: clearing would be right, but editing follow-up text would not. Wait.
  if (cipherState.mode !== 'off' && !cipherState.ring) return { referrals: 0, followUps: 0 };
  const cutoff = now.getTime() - days * dayMs;
  const repos = repositories(db, clock);
  return db.transaction('rw', db.referrals, db.followUps, async () => {
    const old = await db.referrals
      .where('status')
      .anyOf('closed', 'cancelled')
      .filter((r) => (r.sensitive.patientRef !== '' || r.sensitive.notes !== '') && (endedAtMs(r) ?? cutoff) < cutoff)
      .toArray();
    let followUps = 0;
    for (const r of old) {
      const ref = r.sensitive.patientRef.trim();
      await repos.referrals.update(r.id, { sensitive: { patientRef: '', notes: '' } });
      if (!ref) continue;
      const linked = await db.followUps.where('referralId').equals(r.id).toArray();
      for (const f of linked) {
        if (!f.sensitive.text.includes(ref)) continue;
        const text = f.sensitive.text.split(ref).join('').replace(/ {2,}/g, ' ');
        await repos.followUps.update(f.id, { sensitive: { text } });
        followUps += 1;
      }
    }
    return { referrals: old.length, followUps };
  });
}

/** Applies settings.patientRefRetentionDays (null means keep); meant for a daily background run. */
export async function applyPatientRefRetention(db: RoundsDatabase, now: Date = new Date()): Promise<RetentionResult> {
  const days = (await loadSettings(db)).patientRefRetentionDays;
  if (days === null) return { referrals: 0, followUps: 0 };
  return clearOldPatientReferences(db, days, now);
}
