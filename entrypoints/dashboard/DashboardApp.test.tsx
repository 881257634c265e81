// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { RoundsDatabase } from '../../storage/database';
import { repositories } from '../../storage/repositories';
import { DashboardBody } from './DashboardApp';

afterEach(cleanup);
// Role queries walk the whole page, which holds the relationship sections too (issue 15): a slow machine needs more
// than testing-library's default second to find a table that is there.
const wait = { timeout: 10_000 };
const dayMs = 86_400_000;
const daysAgo = (n: number) => new Date(Date.now() - n * dayMs).toISOString();

/** Ana referred four times 4–6 months ago and not since (a decline); Ben refers every couple of weeks. */
async function seeded() {
  const db = new RoundsDatabase(`test-${crypto.randomUUID()}`);
  await db.open();
  const repos = repositories(db);
  const ana = await repos.physicians.create({ first: 'Ana', last: 'Ruiz', tags: ['North'], practiceName: 'Lakeside' });
  const ben = await repos.physicians.create({
    first: 'Ben',
    last: 'Okafor',
    tags: ['South'],
    practiceName: 'Hillview',
  });
  await repos.outreach.create({ type: 'visit', at: daysAgo(20), physicianIds: [ana.id] });
  await repos.referrals.createMany([
    ...[170, 150, 130, 110].map((d) => ({ physicianId: ana.id, serviceLine: 'Cardiology', receivedAt: daysAgo(d) })),
    ...[60, 45, 30, 15, 5].map((d) => ({ physicianId: ben.id, serviceLine: 'Oncology', receivedAt: daysAgo(d) })),
  ]);
  return db;
}

describe('dashboard', () => {
  it('renders the volume and flags the seeded decline with the outreach done', async () => {
    const db = await seeded();
    render(<DashboardBody db={db} />);
    await waitFor(() => expect(screen.getByTestId('referral-total').textContent).toBe('9'));
    // The first view (volume) comes first; the other sections follow once computed.
    const declining = await screen.findByRole('table', { name: 'Declining referrers (1)' }, wait);
    const row = within(declining).getByRole('row', { name: /Ana Ruiz/ });
    expect(row.textContent).toContain('drop');
    expect(
      within(declining)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toContain('Outreach recent window');
    expect(screen.getByRole('table', { name: 'Referrals by month' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Export CSV: Declining referrers (1)' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Print report' })).toBeTruthy();
  });

  it('recomputes on a filter change without reloading, and counts a referral saved from New referral', async () => {
    const db = await seeded();
    render(<DashboardBody db={db} />);
    await waitFor(() => expect(screen.getByTestId('referral-total').textContent).toBe('9'));
    fireEvent.change(screen.getByLabelText('Service line'), { target: { value: 'Oncology' } });
    await waitFor(() => expect(screen.getByTestId('referral-total').textContent).toBe('5'));
    // The previous filters' sections are either hidden while pending or replaced: never shown.
    expect(screen.queryByRole('table', { name: 'Declining referrers (1)' })).toBeNull();
    expect(await screen.findByRole('table', { name: 'Declining referrers (0)' }, wait)).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Service line'), { target: { value: '' } });
    await waitFor(() => expect(screen.getByTestId('referral-total').textContent).toBe('9'));

    screen.getByRole('button', { name: 'New referral' }).click();
    fireEvent.input(await screen.findByRole('combobox', { name: 'Referring physician' }, wait), {
      target: { value: 'okafor' },
    });
    (await screen.findByRole('option', { name: /Ben Okafor/ }, wait)).click();
    fireEvent.input(screen.getByLabelText('Service'), { target: { value: 'Oncology' } });
    screen.getByRole('button', { name: 'Save referral' }).click();
    await screen.findByRole('article', { name: 'Referral from Ben Okafor' }, wait);
    await waitFor(() => expect(screen.getByTestId('referral-total').textContent).toBe('10'));
  });
});
