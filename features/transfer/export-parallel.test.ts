import { describe, expect, it } from 'vitest';
import { canExportInWorker, splitTables } from './export-parallel';

describe('export worker split', () => {
  it('gives each side about half of the rows, the largest table to the worker', () => {
    const split = splitTables({ outreach: 100, notes: 60, referrals: 30, followUps: 30, physicians: 25, settings: 1 });
    expect(split.worker[0]).toBe('outreach');
    const rows = { outreach: 100, notes: 60, referrals: 30, followUps: 30, physicians: 25, settings: 1 };
    const sum = (ts: string[]) => ts.reduce((n, t) => n + rows[t as keyof typeof rows], 0);
    expect(Math.abs(sum(split.worker) - sum(split.page))).toBeLessThanOrEqual(25);
    expect([...split.worker, ...split.page].sort()).toEqual(Object.keys(rows).sort());
  });

  it('is not used in tests (no worker build), so exports there run on the page', () => {
    expect(canExportInWorker()).toBe(false);
  });
});
