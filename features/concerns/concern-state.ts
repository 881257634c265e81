import { t } from '../../locales/i18n';
import { type Concern, type ConcernStatus, closedConcernStatuses, type Outreach } from '../../storage/schemas';

/** An outreach whose concern is still open or in progress (deleted outreach never counts). */
export function isOpenConcern(o: Outreach): o is Outreach & { concern: Concern } {
  return !o.deletedAt && o.concern !== null && !closedConcernStatuses.has(o.concern.status);
}

/** How each concern status reads to a liaison. */
export const concernStatusLabels: Record<ConcernStatus, string> = {
  open: t('concerns.open'),
  'in-progress': t('concerns.inProgress'),
  resolved: t('concerns.resolved'),
  'wont-fix': t('concerns.wonTFix'),
};

const dayMs = 86_400_000;

/** Whole days from a concern being raised to its being closed, or null while it is open. */
export function daysToResolve(o: Pick<Outreach, 'at' | 'concern'>): number | null {
  const closed = o.concern?.resolvedAt;
  if (!closed) return null;
  return Math.max(0, Math.floor((Date.parse(closed) - Date.parse(o.at)) / dayMs));
}

/** Whole days a concern has been open as of `nowMs`. */
export function daysOpen(o: Pick<Outreach, 'at'>, nowMs: number): number {
  return Math.max(0, Math.floor((nowMs - Date.parse(o.at)) / dayMs));
}

/** The median of some numbers (null for none): the middle one, or the mean of the two middle ones. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}
