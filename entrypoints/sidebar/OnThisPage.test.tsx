// @vitest-environment happy-dom
import { cleanup, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OnThisPage } from './OnThisPage';
import { scratchDatabase, seedPhysicians } from './test-support';

afterEach(cleanup);

describe('On this page', () => {
  it('lists each detected physician with context at a glance, most-named first', async () => {
    const db = await scratchDatabase();
    const { repos, jane, omar, li } = await seedPhysicians(db);
    await repos.outreach.create({ physicianIds: [jane.id], type: 'lunch-and-learn', at: '2026-03-05T17:00:00.000Z' });
    await repos.outreach.create({ physicianIds: [jane.id], type: 'call', at: '2026-01-02T17:00:00.000Z' });
    await repos.referrals.create({ physicianId: jane.id, receivedAt: '2026-03-01T10:00:00.000Z', serviceLine: 'Echo' });
    await repos.referrals.create({ physicianId: jane.id, receivedAt: '2026-03-02T10:00:00.000Z' });
    await repos.referrals.create({ physicianId: jane.id, receivedAt: '2026-03-03T10:00:00.000Z', status: 'closed' });
    await repos.notes.create({ physicianIds: [jane.id], sensitive: { body: 'Prefers fax\nsecond line' } });
    await repos.followUps.create({
      physicianId: jane.id,
      dueDate: '2099-04-01',
      sensitive: { text: 'Send echo slots' },
    });
    const detected = [
      { physicianId: omar.id, count: 1 },
      { physicianId: jane.id, count: 3 },
      { physicianId: crypto.randomUUID(), count: 2 },
    ];
    render(<OnThisPage db={db} detected={detected} onOpen={() => {}} />);
    const janeButton = await screen.findByRole('button', { name: 'Jane Smith, MD, FACC' });
    const items = screen.getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(items[0]?.textContent).toContain('Jane Smith, MD, FACC');
    const card = within(janeButton.closest('li') as HTMLElement);
    card.getByText('Cardiology · Lakeside Heart');
    card.getByText('Phone 555-0100 · Fax 555-0101');
    card.getByText(/Office staff: Rosa Diaz \(Office manager\)/);
    const date = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' }).format(new Date('2026-03-05T17:00:00Z'));
    card.getByText(`Last outreach: Lunch and learn, ${date}`);
    card.getByText('Open referrals: 2');
    card.getByText('Latest note: Prefers fax');
    card.getByText(/Follow-up due .*: Send echo slots/);
    expect(screen.queryByText(/Li Chen/)).toBeNull();
    expect(li.id).toBeTruthy();
  });

  it('opens a physician on click and on Enter, and updates live when data changes elsewhere', async () => {
    const db = await scratchDatabase();
    const { repos, jane } = await seedPhysicians(db);
    const onOpen = vi.fn();
    render(<OnThisPage db={db} detected={[{ physicianId: jane.id, count: 1 }]} onOpen={onOpen} />);
    const button = await screen.findByRole('button', { name: 'Jane Smith, MD, FACC' });
    button.click();
    (button.closest('li') as HTMLElement).click();
    expect(onOpen).toHaveBeenCalledWith(jane.id);
    expect(onOpen).toHaveBeenCalledTimes(2);
    expect(button.tagName).toBe('BUTTON'); // Enter activates a native button
    await repos.notes.create({ physicianIds: [jane.id], sensitive: { body: 'Written in the popup' } });
    await screen.findByText('Latest note: Written in the popup');
    await repos.physicians.update(jane.id, { specialty: 'Interventional cardiology' });
    await waitFor(() => screen.getByText('Interventional cardiology · Lakeside Heart'));
  });

  it('says so when no directory physician is named', async () => {
    const db = await scratchDatabase();
    render(<OnThisPage db={db} detected={[]} onOpen={() => {}} />);
    await screen.findByText(/No directory physicians/);
  });
});
