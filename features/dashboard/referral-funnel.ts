import { t } from '../../locales/i18n';
import { type PipelineStage, referralPipeline } from '../referrals/status-pipeline';
import { compareText } from './compare-text';
import type { CsvRows } from './csv-rows';
import type { DashboardView } from './filters';
import { medianInPlace, toDays } from './median';
import { timedStageCount } from './stage-times';

export const allServiceLinesLabel = t('dashboard.allServiceLines');
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

/** Counts per group (0 = all service lines, 1 + line index = one line), stage-major in typed arrays. */
interface Groups {
  referrals: Int32Array;
  cancelled: Int32Array;
  /** [group × stages + stage] */
  reached: Int32Array;
  current: Int32Array;
  /** Finished stays per [group × timed stages + stage], filled from `durationStart`. */
  measured: Int32Array;
}

/**
 * The funnel of the filtered referrals, for all service lines and each one.
 * "Reached" goes by the last pipeline status before any cancellation, so a stage skipped on the way counts as
 * passed and a correction (a move back) is not. Stage times sum each referral's finished stays in the stage;
 * a referral still in a stage is left out of that stage's median, so open cases do not pull it down.
 */
export function referralFunnel(view: DashboardView): ReferralFunnel[] {
  const c = view.data.referrals;
  const { reached, stageMs } = view.data.stages;
  const lines = view.data.serviceLines;
  const groupCount = lines.length + 1;
  const stages = referralPipeline.length;
  const g: Groups = {
    referrals: new Int32Array(groupCount),
    cancelled: new Int32Array(groupCount),
    reached: new Int32Array(groupCount * stages),
    current: new Int32Array(groupCount * stages),
    measured: new Int32Array(groupCount * timedStageCount),
  };
  const seenLines: number[] = [];
  const add = (group: number, i: number) => {
    if (group > 0 && g.referrals[group] === 0) seenLines.push(group);
    g.referrals[group] = (g.referrals[group] as number) + 1;
    const position = c.position[i] as number;
    if (position < 0) g.cancelled[group] = (g.cancelled[group] as number) + 1;
    else g.current[group * stages + position] = (g.current[group * stages + position] as number) + 1;
    for (let k = 0; k <= (reached[i] as number); k++)
      g.reached[group * stages + k] = (g.reached[group * stages + k] as number) + 1;
    for (let k = 0; k < timedStageCount; k++) {
      if ((stageMs[i * timedStageCount + k] as number) >= 0)
        g.measured[group * timedStageCount + k] = (g.measured[group * timedStageCount + k] as number) + 1;
    }
  };
  const referrals = view.referrals;
  for (let r = 0; r < referrals.length; r++) {
    const i = referrals[r] as number;
    add(0, i);
    add(1 + (c.serviceLine[i] as number), i);
  }
  // The stays themselves, in one typed array per group and stage, sized by the counts above.
  const durations = Array.from(g.measured, (n) => new Float64Array(n));
  const filled = new Int32Array(g.measured.length);
  const put = (slot: number, ms: number) => {
    (durations[slot] as Float64Array)[filled[slot] as number] = ms;
    filled[slot] = (filled[slot] as number) + 1;
  };
  for (let r = 0; r < referrals.length; r++) {
    const i = referrals[r] as number;
    const line = 1 + (c.serviceLine[i] as number);
    for (let k = 0; k < timedStageCount; k++) {
      const ms = stageMs[i * timedStageCount + k] as number;
      if (ms < 0) continue;
      put(k, ms);
      put(line * timedStageCount + k, ms);
    }
  }
  const funnelOf = (label: string, group: number): ReferralFunnel => {
    const total = g.referrals[group] as number;
    return {
      serviceLine: label,
      referrals: total,
      cancelled: g.cancelled[group] as number,
      stages: referralPipeline.map((stage, k) => {
        const reached = g.reached[group * stages + k] as number;
        const stays =
          k < timedStageCount ? (durations[group * timedStageCount + k] as Float64Array) : new Float64Array(0);
        return {
          stage,
          reached,
          reachedPct: total ? Math.round((reached / total) * 1000) / 10 : 0,
          current: g.current[group * stages + k] as number,
          medianDays: toDays(medianInPlace(stays)),
          measured: stays.length,
        };
      }),
    };
  };
  // First-seen order, then a stable sort: lines equal to the collator keep the order they came in.
  const present = seenLines.map((group) => ({ line: lines[group - 1] as string, group }));
  present.sort((a, b) => compareText(a.line, b.line));
  return [funnelOf(allServiceLinesLabel, 0), ...present.map((x) => funnelOf(x.line || noServiceLineLabel, x.group))];
}

/** One line per service line and stage. */
export function funnelCsvRows(funnels: readonly ReferralFunnel[]): CsvRows {
  return [
    [
      t('dashboard.serviceLine'),
      t('dashboard.stage'),
      t('dashboard.reached'),
      t('dashboard.reached2'),
      t('dashboard.inStageNow'),
      t('dashboard.medianDaysInStage'),
      t('dashboard.referralsMeasured'),
    ],
    ...funnels.flatMap((f) =>
      f.stages.map((s) => [f.serviceLine, s.stage, s.reached, s.reachedPct, s.current, s.medianDays, s.measured]),
    ),
  ];
}
