import { useEffect, useRef } from 'preact/hooks';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import type { MonthlyVolume } from '../../features/dashboard/referral-volume';
import { t, uiLocale } from '../../locales/i18n';

const monthLabel = new Intl.DateTimeFormat(uiLocale(), { month: 'short', year: '2-digit', timeZone: 'UTC' });
const palette = ['--chart-2', '--chart-3', '--chart-4'];

/** "2025-11" as the locale's short month ("Nov 25"). */
function labelOf(month: string): string {
  const [y, m] = month.split('-').map(Number);
  return monthLabel.format(new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, 15)));
}

function cssVar(name: string, fallback: string): string {
  return getComputedStyle(document.documentElement).getPropertyValue(name).trim() || fallback;
}

/** uPlot options: total referrals as bars, the top practices as lines, colours from the theme. */
function chartOptions(volume: MonthlyVolume, width: number): uPlot.Options {
  const fg = cssVar('--fg', '#1b1f24');
  const grid = cssVar('--border', '#c9d1d9');
  const axis = { stroke: fg, grid: { stroke: grid, width: 1 }, ticks: { stroke: grid } };
  const practices = volume.byPractice.slice(0, 3);
  return {
    width,
    height: 260,
    legend: { show: true },
    cursor: { drag: { x: false, y: false } },
    scales: { x: { time: false } },
    axes: [
      {
        ...axis,
        values: (_u, ticks) => ticks.map((t) => (Number.isInteger(t) ? labelOf(volume.months[t] ?? '') : '')),
      },
      { ...axis, label: t('dashboard.referrals') },
    ],
    series: [
      { label: t('dashboard.month'), value: (_u, v) => (v == null ? '' : labelOf(volume.months[v] ?? '')) },
      {
        label: t('dashboard.allReferrals'),
        stroke: cssVar('--accent', '#0b5cad'),
        fill: `${cssVar('--accent', '#0b5cad')}55`,
        paths: uPlot.paths.bars?.({ size: [0.7, 60] }),
        points: { show: false },
      },
      ...practices.map((p, i) => ({
        label: p.label || t('dashboard.noPractice'),
        stroke: cssVar(palette[i] ?? '', '#888'),
        width: 2,
      })),
    ],
  };
}

/** Referral volume by month with uPlot; the table beside it is its text alternative. */
export function VolumeChart(props: { volume: MonthlyVolume; describedBy: string }) {
  const host = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = host.current;
    if (!el || props.volume.months.length === 0) return;
    const x = props.volume.months.map((_, i) => i);
    const practices = props.volume.byPractice.slice(0, 3).map((p) => p.counts);
    // No 2D canvas (e.g. a test DOM): no chart, the table still carries the numbers.
    if (!document.createElement('canvas').getContext('2d')) return;
    const chart = new uPlot(
      chartOptions(props.volume, el.clientWidth || 640),
      [x, props.volume.totals, ...practices],
      el,
    );
    const resize = new ResizeObserver(() => chart.setSize({ width: el.clientWidth || 640, height: 260 }));
    resize.observe(el);
    return () => {
      resize.disconnect();
      chart.destroy();
    };
  }, [props.volume]);
  return (
    <div
      ref={host}
      class="chart"
      role="img"
      aria-label={t('dashboard.referralsByMonthChart')}
      aria-describedby={props.describedBy}
    />
  );
}
