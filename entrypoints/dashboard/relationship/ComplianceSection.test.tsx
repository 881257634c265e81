// @vitest-environment happy-dom
import { render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { settings } from '../../../storage/schemas';
import { ComplianceSection } from './ComplianceSection';
import type { RelationshipRows } from './load-relationship';

describe('Compliance ledger section', () => {
  it('shows the year as a year, not a grouped number', () => {
    const year = new Date().getFullYear();
    const event = {
      id: 'e1',
      date: `${year}-03-04`,
      deletedAt: null,
      costCents: 10_000,
      headcount: null,
      attendeeIds: ['p1'],
      staffAttendees: [],
    };
    const rows = {
      outreach: [],
      events: [event],
      referrals: [],
      physicians: [],
      practices: [],
      programs: [],
      settings: settings.parse({ key: 'app' }),
      physicianName: () => 'Jane A. Smith, MD',
      practiceName: () => '',
    } as unknown as RelationshipRows;
    render(<ComplianceSection rows={rows} />);
    const row = screen.getByText('Jane A. Smith, MD').closest('tr');
    expect(row?.textContent).toContain(String(year));
    expect(row?.textContent).not.toContain(year.toLocaleString('en-US'));
  });
});
