import { useEffect, useState } from 'preact/hooks';
import { useLiveQuery } from '../../components/use-live-query';
import { loadGlances, type PhysicianGlance } from '../../features/directory/physician-glance';
import { planOfDay } from '../../features/plan/day-plan-store';
import { type CandidateData, loadCandidateData } from '../../features/plan/load-candidates';
import { uiLocale } from '../../locales/i18n';
import type { RoundsDatabase } from '../../storage/database';
import type { DayPlan } from '../../storage/schemas';

/** The day's plan with a glance per stop (live), or undefined while it loads. */
export function usePlan(db: RoundsDatabase, day: string) {
  return useLiveQuery<{ plan: DayPlan | null; glances: Map<string, PhysicianGlance> } | undefined>(
    async () => {
      const plan = (await planOfDay(db, day)) ?? null;
      const glances = await loadGlances(db, plan?.stops.map((s) => s.physicianId) ?? []);
      return { plan, glances: new Map(glances.map((g) => [g.physician.id, g])) };
    },
    [db, day],
    undefined,
  );
}

/** The candidates' data for the day, read again when the day changes or `version` does (after a log). */
export function useCandidateData(db: RoundsDatabase, day: string, version: number): CandidateData | null {
  const [data, setData] = useState<CandidateData | null>(null);
  useEffect(() => {
    let live = true;
    setData(null);
    void loadCandidateData(db, day).then((d) => {
      if (!live) return;
      setData(d);
    });
    return () => {
      live = false;
    };
  }, [db, day, version]);
  return data;
}

/** "09:30" plus `minutes`, as a time of day shown in the user's locale. */
export function stopTime(start: string, minutes: number): string {
  const [h, m] = start.split(':').map(Number) as [number, number];
  const d = new Date(2000, 0, 1, h, m + minutes);
  return new Intl.DateTimeFormat(uiLocale(), { timeStyle: 'short' }).format(d);
}
