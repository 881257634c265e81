import { type PipelineStage, referralPipeline } from '../../referrals/status-pipeline';
import { compareText } from './compare-text';
import type { CsvRows } from './csv-rows';
import type { DashboardView } from './filters';
import { entryOf } from './map-entry';
import { median, toDays } from './median';
import type { ReferralFacts } from './prepare';

export const allServiceLinesLabel = 'All service lines';
export const noServiceLineLabel = '(none)';

export interface FunnelStage {
  stage: PipelineStage;
  /** Referrals that got at least this far. */
  reached: number;
  /** reached / referrals × 100, rounded to 0.1. */
  reachedPct: number;
  /** Referrals in this stage now. */
  current: number;
  /** Median days spent in the stage over finished stays (null for closed, which is an end). */
  medianDays: number | null;
  /** How many referrals the median is over. */
  measured: number;
}

export interface ReferralFunnel {
  serviceLine: string;
  referrals: number;
  cancelled: number;
  stages: FunnelStage[];
}

interface Group {
  referrals: number;
  cancelled: number;
  reached: number[];
  current: number[];
  durations: number[][];
}

const newGroup = (): Group => ({
  referrals: 0,
  cancelled: 0,
  reached: referralPipeline.map(() => 0),
  current: referralPipeline.map(() => 0),
  durations: referralPipeline.map(() => []),
});

/**
 * The funnel of the filtered referrals, for all service lines and each one.
 * "Reached" goes by the last pipeline status before any cancellation, so a stage skipped on the way counts as
 * passed and a correction (a move back) is not. Stage times sum each referral's finished stays in the stage;
 * a referral still in a stage is left out of that stage's median, so open cases do not pull it down.
 */
export function referralFunnel(view: DashboardView): ReferralFunnel[] {
  const all = newGroup();
  const byLine = new Map<string, Group>();
  for (const r of view.referrals) {
    addTo(all, r);
    addTo(entryOf(byLine, r.serviceLine, newGroup), r);
  }
  const lines = [...byLine.entries()].sort(([a], [b]) => compareText(a, b));
  return [funnelOf(allServiceLinesLabel, all), ...lines.map(([line, g]) => funnelOf(line || noServiceLineLabel, g))];
}

function addTo(g: Group, r: ReferralFacts): void {
  g.referrals += 1;
  if (r.position < 0) g.cancelled += 1;
  else g.current[r.position] = (g.current[r.position] ?? 0) + 1;
  for (let k = 0; k <= r.reached; k++) g.reached[k] = (g.reached[k] ?? 0) + 1;
  for (let k = 0; k < r.stageMs.length; k++) {
    const ms = r.stageMs[k] as number;
    if (ms >= 0) g.durations[k]?.push(ms);
  }
}

function funnelOf(serviceLine: string, g: Group): ReferralFunnel {
  return {
    serviceLine,
    referrals: g.referrals,
    cancelled: g.cancelled,
    stages: referralPipeline.map((stage, k) => {
      const reached = g.reached[k] ?? 0;
      const durations = g.durations[k] ?? [];
      return {
        stage,
        reached,
        reachedPct: g.referrals ? Math.round((reached / g.referrals) * 1000) / 10 : 0,
        current: g.current[k] ?? 0,
        medianDays: toDays(median(durations)),
        measured: durations.length,
      };
    }),
  };
}

/** One line per service line and stage. */
export function funnelCsvRows(funnels: readonly ReferralFunnel[]): CsvRows {
  return [
    ['Service line', 'Stage', 'Reached', 'Reached %', 'In stage now', 'Median days in stage', 'Referrals measured'],
    ...funnels.flatMap((f) =>
      f.stages.map((s) => [f.serviceLine, s.stage, s.reached, s.reachedPct, s.current, s.medianDays, s.measured]),
    ),
  ];
}
