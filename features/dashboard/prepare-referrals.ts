import { parseInstant } from './parse-instant';
import type { Referral } from './rows';
import { positionOf } from './stage-times';

/** Referrals as columns, in receivedMs order (so any filtered pass sees each physician's referrals in time order). */
export interface ReferralColumns {
  count: number;
  receivedMs: Float64Array;
  /** Index into DashboardData.physicians, or -1 when the physician is deleted or unknown. */
  physician: Int32Array;
  /** Index into DashboardData.serviceLines (sorted, trimmed). */
  serviceLine: Int32Array;
  /** Pipeline position now: 0 received … 4 closed, -1 cancelled. */
  position: Int8Array;
  /** The index of the stored row each column entry came from (for the deferred history pass). */
  row: Int32Array;
}

/** Parses live referrals into columns in one pass (histories are left for prepareStageColumns); ids interned. */
export function prepareReferrals(
  rows: readonly Referral[],
  physicianIndex: ReadonlyMap<string, number>,
): { referrals: ReferralColumns; serviceLines: string[] } {
  const n = rows.length;
  const c: ReferralColumns = {
    count: 0,
    receivedMs: new Float64Array(n),
    physician: new Int32Array(n),
    serviceLine: new Int32Array(n),
    position: new Int8Array(n),
    row: new Int32Array(n),
  };
  // Service lines interned in first-seen order (a handful: a linear scan beats hashing), renumbered sorted below.
  const lines: string[] = [];
  let lastLine = '';
  let lastLineIndex = -1;
  let ordered = true;
  let previousMs = Number.NEGATIVE_INFINITY;
  let k = 0;
  for (let i = 0; i < n; i++) {
    const r = rows[i] as Referral;
    if (r.deletedAt) continue;
    let line = r.serviceLine;
    if (line !== lastLine || lastLineIndex < 0) {
      line = line.trim();
      lastLineIndex = lines.indexOf(line);
      if (lastLineIndex < 0) lastLineIndex = lines.push(line) - 1;
      lastLine = r.serviceLine;
    }
    const ms = parseInstant(r.receivedAt);
    if (ms < previousMs) ordered = false;
    previousMs = ms;
    c.receivedMs[k] = ms;
    c.physician[k] = physicianIndex.get(r.physicianId) ?? -1;
    c.serviceLine[k] = lastLineIndex;
    c.position[k] = positionOf(r.status);
    c.row[k] = i;
    k++;
  }
  c.count = k;
  const serviceLines = [...lines].sort();
  const renumber = Int32Array.from(lines, (l) => serviceLines.indexOf(l));
  for (let i = 0; i < k; i++) c.serviceLine[i] = renumber[c.serviceLine[i] as number] as number;
  // Rows read through the receivedAt index arrive in order; sort only when they do not.
  return { referrals: ordered ? c : sortedByReceived(c), serviceLines };
}

/** The same columns reordered by receivedMs (stable, so equal instants keep their order). */
function sortedByReceived(c: ReferralColumns): ReferralColumns {
  const order = Array.from({ length: c.count }, (_, i) => i).sort(
    (a, b) => (c.receivedMs[a] as number) - (c.receivedMs[b] as number) || a - b,
  );
  const pick = <T extends Float64Array | Int32Array | Int8Array>(from: T, to: T): T => {
    order.forEach((j, i) => {
      to[i] = from[j] as number;
    });
    return to;
  };
  const n = c.count;
  return {
    count: n,
    receivedMs: pick(c.receivedMs, new Float64Array(n)),
    physician: pick(c.physician, new Int32Array(n)),
    serviceLine: pick(c.serviceLine, new Int32Array(n)),
    position: pick(c.position, new Int8Array(n)),
    row: pick(c.row, new Int32Array(n)),
  };
}
