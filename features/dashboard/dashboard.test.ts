import { describe, expect, it } from 'vitest';
import { benchScale, generateDashboardRows } from '../../dev/generators/generate-dashboard-data';
import { computeDashboard, computeDetails, computeFirstView, defaultDashboardParams } from './dashboard';
import type { DashboardFilters } from './filters';
import { completeDashboardData, prepareDashboardCore, prepareDashboardData } from './prepare';

const small = { ...benchScale, physicians: 400, practices: 50, referrals: 1500, outreach: 3000 };
const filters: DashboardFilters[] = [
  {},
  { tags: ['North'] },
  { serviceLines: ['Oncology'], fromDay: '2025-06-01' },
  { networkStatuses: ['independent'], toDay: '2025-12-31' },
  { fromDay: '2025-10-01' },
  { tags: ['North'], serviceLines: ['Imaging'] },
];

describe('staged computation (first view, then the rest)', () => {
  it('gives exactly what computeDashboard on freshly prepared data gives, for every filter (cached sections too)', () => {
    const rows = generateDashboardRows(small);
    const params = defaultDashboardParams(small.nowMs, 'America/New_York');
    const core = prepareDashboardCore(rows);
    const data = completeDashboardData(core, rows);
    for (const f of filters) {
      // Fresh data per filter: nothing cached; `data` is reused, so its sections come from the cache when they can.
      const { volume, ...rest } = computeDashboard(prepareDashboardData(rows), f, params);
      const first = computeFirstView(core, f, params);
      const { volumeByPhysician, ...details } = computeDetails(data, f, params);
      expect({ ...first, byPhysician: volumeByPhysician }).toEqual(volume);
      expect(details).toEqual(rest);
    }
  });
});
