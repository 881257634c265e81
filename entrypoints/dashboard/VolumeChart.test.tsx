// @vitest-environment happy-dom
import type uPlot from 'uplot';
import { describe, expect, it } from 'vitest';
import { chartOptions } from './VolumeChart';

const volume = { months: ['2026-11', '2026-12'], totals: [3, 1], byPractice: [] };
const monthOf = (y: number, m: number) =>
  new Intl.DateTimeFormat(undefined, { month: 'short', year: '2-digit', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y, m - 1, 15)),
  );

describe('VolumeChart axes', () => {
  it('labels each month of the data in the locale and leaves ticks outside the months blank (never "Jan 00")', () => {
    const axis = chartOptions(volume, 600).axes?.[0];
    const values = axis?.values as (u: uPlot, ticks: number[]) => string[];
    const labels = values({} as uPlot, [-1, 0, 0.5, 1, 2, 3]);
    expect(labels).toEqual(['', monthOf(2026, 11), '', monthOf(2026, 12), '', '']);
    expect(labels.join(' ')).not.toMatch(/Jan 00/);
  });

  it('fits the x scale to the months so uPlot puts no ticks past the data', () => {
    const x = chartOptions(volume, 600).scales?.x;
    const range = x?.range as (u: uPlot, min: number, max: number) => [number, number];
    expect(range({} as uPlot, 0, 1)).toEqual([-0.5, 1.5]);
    const splits = chartOptions(volume, 600).axes?.[0]?.splits as (u: uPlot) => number[];
    expect(splits({} as uPlot)).toEqual([0, 1]);
  });
});
