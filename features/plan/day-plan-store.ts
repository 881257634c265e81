import type { RoundsDatabase } from '../../storage/database';
import { repositories } from '../../storage/repositories';
import type { DayPlan, PlanStop } from '../../storage/schemas';

/**
 * Day plans live in Dexie (table `dayPlans`, schema version 3), not in settings: each plan is a record with its own
 * id (the calendar event's UID), travels in exports and imports like every record, keeps done and skipped stops as
 * the day's history, and updates live across the plan page, the popup and the sidebar.
 */

/** The plan of a local day (the most recently changed one if an import brought two), or undefined. */
export async function planOfDay(db: RoundsDatabase, day: string): Promise<DayPlan | undefined> {
  const plans = await db.dayPlans
    .where('day')
    .equals(day)
    .filter((p) => !p.deletedAt)
    .toArray();
  return plans.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))[0];
}

/** Changes the day's plan in one transaction, creating it on the first stop. */
export async function changePlan(
  db: RoundsDatabase,
  day: string,
  change: (plan: Pick<DayPlan, 'stops' | 'startTime' | 'minutesPerStop'>) => Partial<DayPlan>,
): Promise<DayPlan> {
  const repos = repositories(db);
  return db.transaction('rw', db.dayPlans, async () => {
    const plan = await planOfDay(db, day);
    const current = plan ?? { stops: [], startTime: '09:00', minutesPerStop: 30 };
    const patch = change(current);
    if (!plan) return repos.dayPlans.create({ day, ...current, ...patch });
    return repos.dayPlans.update(plan.id, patch);
  });
}

const at = () => new Date().toISOString();

export const addStop = (db: RoundsDatabase, day: string, stop: Pick<PlanStop, 'physicianId'> & Partial<PlanStop>) =>
  changePlan(db, day, (p) =>
    p.stops.some((s) => s.physicianId === stop.physicianId)
      ? {}
      : {
          stops: [
            ...p.stops,
            { locationId: '', followUpId: null, status: 'planned', outreachId: null, changedAt: null, ...stop },
          ],
        },
  );

/** Moves the stop at `from` to `to` (keyboard Move up/down and drag and drop). */
export const moveStop = (db: RoundsDatabase, day: string, from: number, to: number) =>
  changePlan(db, day, (p) => {
    if (from === to || from < 0 || to < 0 || from >= p.stops.length || to >= p.stops.length) return {};
    const stops = [...p.stops];
    const [moved] = stops.splice(from, 1);
    if (moved) stops.splice(to, 0, moved);
    return { stops };
  });

/** Marks a stop done (with the outreach logged for it), skipped, or planned again. */
export const setStopStatus = (
  db: RoundsDatabase,
  day: string,
  physicianId: string,
  status: PlanStop['status'],
  outreachId: string | null = null,
) =>
  changePlan(db, day, (p) => ({
    stops: p.stops.map((s) =>
      s.physicianId === physicianId ? { ...s, status, outreachId: outreachId ?? s.outreachId, changedAt: at() } : s,
    ),
  }));

export const removeStop = (db: RoundsDatabase, day: string, physicianId: string) =>
  changePlan(db, day, (p) => ({ stops: p.stops.filter((s) => s.physicianId !== physicianId) }));
