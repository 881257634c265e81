// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { ReferralCard } from './ReferralCard';
import { referralTestDatabase } from './test-support';

afterEach(cleanup);

async function cardFor(patientRef = 'J.D.') {
  const { db, repos, ana } = await referralTestDatabase();
  const referral = await repos.referrals.create({
    physicianId: ana.id,
    serviceLine: 'Cardiology',
    receivedAt: new Date(Date.now() - 3 * 86_400_000).toISOString(),
    sensitive: { patientRef, notes: '' },
  });
  render(<ReferralCard db={db} referralId={referral.id} />);
  await screen.findByRole('article', { name: 'Referral from Ana Ruiz, MD' });
  return { db, referral };
}

const moveTo = async (label: string, reason?: string) => {
  fireEvent.change(screen.getByLabelText('Move to…'), { target: { value: label } });
  if (reason) fireEvent.input(await screen.findByLabelText('Reason'), { target: { value: reason } });
  screen.getByRole('button', { name: 'Move' }).click();
};

describe('ReferralCard', () => {
  it('moves to scheduled: history dated, follow-up created, loop-closing message shown to copy', async () => {
    const { db, referral } = await cardFor();
    await moveTo('scheduled');
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('Follow-up created'));
    const followUps = await db.followUps.where('referralId').equals(referral.id).toArray();
    expect(followUps).toHaveLength(1);
    expect(followUps[0]?.sensitive.text).toMatch(
      /^Your patient J\.D\. referred on .* was scheduled on .* with Cardiology$/,
    );
    const loop = await screen.findByRole('region', { name: 'Update the referring office' });
    expect(within(loop).getByText(/Your patient J\.D\./)).toBeTruthy();
    expect(within(loop).getByRole('button', { name: 'Copy message' })).toBeTruthy();
    expect(within(loop).getByText(/Follow-up due/)).toBeTruthy();
    const history = screen.getByRole('table', { name: 'History' });
    expect(within(history).getAllByRole('row')).toHaveLength(3);
    expect(within(history).getByRole('rowheader', { name: 'Scheduled' })).toBeTruthy();
    const pipeline = screen.getByRole('list', { name: 'Status pipeline' });
    expect(within(pipeline).getByText('Received').parentElement?.textContent).toMatch(/3 d/);
  });

  it('moves on to seen, then cancel needs a reason from the suggestions', async () => {
    const { db, referral } = await cardFor('Jane Doe');
    await moveTo('seen');
    await screen.findByText(/Moved to Seen/);
    // A name-like reference never reaches the message.
    await waitFor(() =>
      expect(screen.getByRole('region', { name: 'Update the referring office' }).textContent).toContain(
        'Your patient referred on',
      ),
    );
    await moveTo('cancelled');
    expect((await screen.findByRole('alert')).textContent).toContain('cancelling needs a reason');
    await moveTo('cancelled', 'Went to another provider (lost)');
    await screen.findByText(/Moved to Cancelled/);
    const row = await db.referrals.get(referral.id);
    expect(row?.history.at(-1)).toMatchObject({ status: 'cancelled', reason: 'Went to another provider (lost)' });
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Update the referring office' })).toBeNull());
  });
});
