// @vitest-environment happy-dom
import { cleanup, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { RoundsDatabase } from '../../storage/database';
import { repositories } from '../../storage/repositories';
import { DashboardBody } from './DashboardApp';

afterEach(cleanup);
const wait = { timeout: 10_000 };

describe('dashboard summary', () => {
  it('opens with referrals this month, new referrers, open concerns and follow-ups due above the tables', async () => {
    const db = new RoundsDatabase(`test-${crypto.randomUUID()}`);
    await db.open();
    const repos = repositories(db);
    const ana = await repos.physicians.create({ first: 'Ana', last: 'Ruiz' });
    const now = new Date();
    await repos.referrals.createMany([
      { physicianId: ana.id, serviceLine: 'Cardiology', receivedAt: now.toISOString() },
      { physicianId: ana.id, serviceLine: 'Cardiology', receivedAt: new Date(now.getTime() - 60_000).toISOString() },
    ]);
    const today = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
    await db.followUps.add({
      id: crypto.randomUUID(),
      physicianId: ana.id,
      dueDate: today,
      status: 'open',
      createdAt: now.toISOString(),
      updatedAt: now.toISOString(),
      sensitive: { text: 'Call back' },
    } as never);
    render(<DashboardBody db={db} />);
    const summary = await screen.findByRole('region', { name: 'Summary' }, wait);
    const tile = (label: string) => within(summary).getByText(label).parentElement?.querySelector('.tile-value');
    await waitFor(() => expect(tile('Referrals this month')?.textContent).toBe('2'), wait);
    await waitFor(() => expect(tile('New referrers')?.textContent).toBe('1'), wait);
    expect(tile('Open concerns')?.textContent).toBe('0');
    await waitFor(() => expect(tile('Follow-ups due')?.textContent).toBe('1'), wait);
    // The summary comes before the first table.
    const first = document.querySelector('table');
    expect(first && summary.compareDocumentPosition(first) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });
});
