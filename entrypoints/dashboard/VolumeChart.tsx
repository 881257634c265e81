import { useEffect, useRef, useState } from 'preact/hooks';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import type { MonthlyVolume } from '../../features/dashboard/referral-volume';
import { t, uiLocale } from '../../locales/i18n';

const monthLabel = new Intl.DateTimeFormat(uiLocale(), { month: 'short', year: '2-digit', timeZone: 'UTC' });
const palette = ['--chart-2', '--chart-3', '--chart-4'];

/** "2025-11" as the locale's short month ("Nov 25"); anything else (a tick between or past the months) is blank. */
function labelOf(month: string | undefined): string {
  const match = /^(\d{4})-(\d{2})$/.exec(month ?? '');
  if (!match) return '';
  return monthLabel.format(new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, 15)));
}

/** Month indexes to label: every month, or every k-th so that at most about 12 labels fit. */
function monthTicks(count: number): number[] {
  const step = Math.max(1, Math.ceil(count / 12));
  const ticks: number[] = [];
  for (let i = 0; i < count; i += step) ticks.push(i);
  return ticks;
}

/** 'dark' or 'light', following the system while the page is open (the canvas keeps the colours it was drawn in). */
function useColorScheme(): 'dark' | 'light' {
  const darkQuery = '(prefers-color-scheme: dark)';
  const [dark, setDark] = useState(() => typeof matchMedia === 'function' && matchMedia(darkQuery).matches);
  useEffect(() => {
    if (typeof matchMedia !== 'function') return;
    const query = matchMedia(darkQuery);
    const change = () => setDark(query.matches);
    query.addEventListener('change', change);
    return () => query.removeEventListener('change', change);
  }, []);
  return dark ? 'dark' : 'light';
}

function cssVar(name: string, fallback: string): string {
  return getComputedStyle(document.documentElement).getPropertyValue(name).trim() || fallback;
}

/** uPlot options: total referrals as bars, the top practices as lines, colours from the theme. */
export function chartOptions(volume: MonthlyVolume, width: number): uPlot.Options {
  // Read when the chart is drawn; VolumeChart draws again when the colour scheme changes.
  const fg = cssVar('--fg', '#1b1f24');
  const grid = cssVar('--border', '#d8dee4');
  const axis = { stroke: fg, grid: { stroke: grid, width: 1 }, ticks: { stroke: grid } };
  const practices = volume.byPractice.slice(0, 3);
  return {
    width,
    height: 260,
    legend: { show: true },
    cursor: { drag: { x: false, y: false } },
    // One slot per month, centred: uPlot's own ticks would run past the data (and read "Jan 00").
    scales: { x: { time: false, range: () => [-0.5, Math.max(volume.months.length, 1) - 0.5] } },
    axes: [
      {
        ...axis,
        splits: () => monthTicks(volume.months.length),
        values: (_u, ticks) => ticks.map((t) => (Number.isInteger(t) ? labelOf(volume.months[t]) : '')),
      },
      { ...axis, label: t('dashboard.referrals') },
    ],
    series: [
      { label: t('dashboard.month'), value: (_u, v) => (v == null ? '' : labelOf(volume.months[v])) },
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
  const scheme = useColorScheme();
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
  }, [props.volume, scheme]);
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
