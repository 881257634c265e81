import { describe, expect, it } from 'vitest';
import { computeDashboard, computeDetails, computeFirstView, defaultDashboardParams } from './dashboard';
import type { DashboardFilters } from './filters';
import { benchScale, generateDashboardRows } from './generate';
import { completeDashboardData, prepareDashboardCore, prepareDashboardData } from './prepare';

const small = { ...benchScale, physicians: 400, practices: 50, referrals: 1500, outreach: 3000 };
const filters: DashboardFilters[] = [
  {},
  { tags: ['North'] },
  { serviceLines: ['Oncology'], fromDay: '2025-06-01' },
  { networkStatuses: ['independent'], toDay: '2025-12-31' },
];

describe('staged computation (first view, then the rest)', () => {
  it('gives exactly what computeDashboard gives, for every filter', () => {
    const rows = generateDashboardRows(small);
    const params = defaultDashboardParams(small.nowMs, 'America/New_York');
    const core = prepareDashboardCore(rows);
    const data = completeDashboardData(core, rows);
    const whole = prepareDashboardData(rows);
    for (const f of filters) {
      const { volume, ...rest } = computeDashboard(whole, f, params);
      const first = computeFirstView(core, f, params);
      const { volumeByPhysician, ...details } = computeDetails(data, f, params);
      expect({ ...first, byPhysician: volumeByPhysician }).toEqual(volume);
      expect(details).toEqual(rest);
    }
  });
});
