// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Physician } from '../../storage/schemas/physician';
import { DirectoryIndex } from '../detection/directory-index';
import { readReferralTables } from '../detection/referral-tables';
import { columnRoles, queueRowsOf } from './queue-rows';
import { proposedStatusMove, statusOfRowText } from './queue-status';

const index = DirectoryIndex.build([
  { id: 'raman', first: 'Priya', last: 'Raman', middle: '', deletedAt: null } as unknown as Physician,
]);

function load(file: string) {
  const html = readFileSync(`tests/e2e/fixtures/${file}`, 'utf8');
  document.body.replaceChildren(...new DOMParser().parseFromString(html, 'text/html').body.childNodes);
}

describe('referral-queue rows', () => {
  it('maps columns from the headers', () => {
    expect(columnRoles(['Ref #', 'Received', 'Patient name', 'Referred by', 'Requested service', 'Status'])).toEqual({
      provider: 3,
      status: 5,
      service: 4,
      reference: 0,
    });
  });

  it('applies the portal’s corrections before the headers’ wording', () => {
    const headers = ['Ref #', 'Received', 'Patient name', 'Referred by', 'Requested service', 'Status'];
    expect(columnRoles(headers, { received: 'service', 'ref #': 'none' })).toEqual({
      provider: 3,
      status: 5,
      service: 1,
    });
  });

  it('never reads a patient column, and keys rows by page key + row id', () => {
    load('discovery/referral-queue.html');
    const tables = readReferralTables(document);
    expect(tables).toHaveLength(1);
    const text = JSON.stringify(tables);
    for (const patient of ['WANSKY', 'Costa, Laura', 'ODAMEN', 'PRECOURT']) expect(text).not.toContain(patient);
    const rows = queueRowsOf(tables, 'portal|/queue', index);
    expect(rows[0]).toEqual({
      rowKey: 'portal|/queue#row:R-2001',
      rowId: 'R-2001',
      provider: 'RAMAN, PRIYA MD',
      physicianId: 'raman',
      status: 'Pending review',
      service: 'Echocardiogram',
    });
    expect(rows.filter((r) => r.physicianId).map((r) => r.rowId)).toEqual(['R-2001']);
  });

  it('reads no table without a provider and a status header (demographics, plain tables)', () => {
    load('discovery/demographics.html');
    expect(readReferralTables(document)).toEqual([]);
    document.body.innerHTML =
      '<table><tr><th>Patient</th><th>Status</th></tr><tr><td>DOE, J</td><td>New</td></tr></table>';
    expect(readReferralTables(document)).toEqual([]);
  });

  it('proposes only forward status moves the row text names', () => {
    expect(statusOfRowText('Pending review')).toBeNull();
    expect(proposedStatusMove('received', 'Scheduled 12/09')).toBe('scheduled');
    expect(proposedStatusMove('scheduled', 'Seen')).toBe('seen');
    expect(proposedStatusMove('seen', 'Scheduled')).toBeNull();
    expect(proposedStatusMove('scheduled', 'Scheduled')).toBeNull();
  });
});
