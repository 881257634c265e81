import type { ReferralColumns } from './prepare-referrals';
import type { Referral } from './rows';
import { timedStageCount, writeStageTimes } from './stage-times';

/**
 * What the funnel needs from each referral's history, aligned with the referral columns: referral i's finished time
 * in timed stage k is stageMs[i × 4 + k] (-1 when never there or still there).
 */
export interface StageColumns {
  /** Last pipeline position before any cancellation. */
  reached: Int8Array;
  stageMs: Float64Array;
}

/** Reads every referral history once (~300,000 entries at scale); the funnel is the only reader, so it can wait. */
export function prepareStageColumns(referrals: ReferralColumns, rows: readonly Referral[]): StageColumns {
  const n = referrals.count;
  const stages: StageColumns = { reached: new Int8Array(n), stageMs: new Float64Array(n * timedStageCount) };
  for (let i = 0; i < n; i++) {
    const r = rows[referrals.row[i] as number] as Referral;
    stages.reached[i] = writeStageTimes(r.history, r.status, stages.stageMs, i * timedStageCount);
  }
  return stages;
}
