// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { RoundsDatabase } from '../../storage/database';

let current: RoundsDatabase | undefined;
vi.mock('../../messaging/client', () => ({
  send: async (type: string, payload: unknown) => {
    const { logOutreach } = await import('../../features/outreach/log-outreach.background');
    const { logOutreachRequest } = await import('../../messaging/outreach-log');
    if (type === 'outreach.log' && current) return logOutreach(current, logOutreachRequest.parse(payload));
    throw new Error(`${type} is not routed in this test`);
  },
}));

const { SidebarShell } = await import('./SidebarShell');
const { weekdayOf } = await import('../../features/cadence/visit-due');
const { localDay } = await import('../../features/follow-ups/local-day');
const { weekdayLabels } = await import('../../features/directory/labels');
const { pageContext, scratchDatabase, seedPhysicians } = await import('./test-support');

afterEach(cleanup);

async function sidebar() {
  const db = await scratchDatabase();
  current = db;
  const seeded = await seedPhysicians(db);
  const context = pageContext([seeded.jane.id, seeded.omar.id]);
  render(<SidebarShell state={{ status: 'ready', context }} onClose={() => {}} openDatabase={async () => db} />);
  await screen.findByRole('button', { name: 'Jane Smith, MD, FACC' });
  return { db, ...seeded };
}

describe('field day in the sidebar', () => {
  it('logs one hospital-rounds outreach for everyone on the page, with its location', async () => {
    const { db, jane, omar } = await sidebar();
    screen.getByRole('button', { name: 'Log for everyone on this page' }).click();
    const form = await screen.findByRole('form', { name: 'Log outreach with 2 physicians' });
    expect((within(form).getByRole('combobox', { name: 'Activity' }) as HTMLSelectElement).value).toBe(
      'hospital-rounds',
    );
    fireEvent.input(within(form).getByRole('textbox', { name: 'Location' }), {
      target: { value: "St. Mary's, 4 West" },
    });
    within(form).getByRole('button', { name: 'Save outreach' }).click();
    await waitFor(() => expect(document.body.textContent).toContain('Logged hospital rounds for 2 physicians.'));
    const rows = await db.outreach.toArray();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      physicianIds: [jane.id, omar.id],
      type: 'hospital-rounds',
      location: "St. Mary's, 4 West",
    });
  });

  it('edits staff, office days, tags, network status and cadence, and the glance says it', async () => {
    const { db, jane } = await sidebar();
    screen.getByRole('button', { name: 'Jane Smith, MD, FACC' }).click();
    (await screen.findByRole('button', { name: 'Edit details' })).click();
    (await screen.findByRole('button', { name: 'Add staff member' })).click();
    fireEvent.input(await screen.findByRole('textbox', { name: 'Staff name' }), { target: { value: 'Mona Reyes' } });
    fireEvent.change(screen.getByRole('combobox', { name: 'Staff role' }), {
      target: { value: 'referral-coordinator' },
    });
    fireEvent.input(screen.getByRole('textbox', { name: 'Staff phone' }), { target: { value: '555-0111' } });
    const today = weekdayLabels[weekdayOf(localDay())];
    const days = screen.getByRole('group', { name: 'Office days' });
    fireEvent.click(within(days).getByRole('checkbox', { name: today }));
    fireEvent.input(screen.getByRole('textbox', { name: 'Tags' }), { target: { value: 'north, cardio' } });
    fireEvent.change(screen.getByRole('combobox', { name: 'Network status' }), { target: { value: 'affiliated' } });
    fireEvent.input(screen.getByLabelText('Visit every (days)'), { target: { value: '21' } });
    screen.getByRole('button', { name: 'Save physician' }).click();
    await waitFor(async () => {
      const stored = await db.physicians.get(jane.id);
      expect(stored).toMatchObject({ tags: ['north', 'cardio'], networkStatus: 'affiliated', visitEveryDays: 21 });
      expect(stored?.staff.map((s) => [s.name, s.role])).toEqual([
        ['Rosa Diaz', 'office-manager'],
        ['Mona Reyes', 'referral-coordinator'],
      ]);
      expect(stored?.officeDays).toEqual([weekdayOf(localDay())]);
    });
    await waitFor(() =>
      expect(document.body.textContent).toContain('In today · Referral coordinator: Mona Reyes · Never visited'),
    );
  });
});
