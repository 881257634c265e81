// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { databaseWithReferral } from '../../features/referrals/test-referral';
import { loadSettings } from '../../storage/settings-store';
import { ReferralSettings } from './ReferralSettings';

afterEach(cleanup);

describe('ReferralSettings', () => {
  it('saves follow-up days and turns on retention, clearing references of long-closed referrals', async () => {
    const { db, referral } = await databaseWithReferral({
      status: 'closed',
      history: [{ status: 'closed', at: '2024-01-10T12:00:00.000Z', reason: '' }],
      receivedAt: '2024-01-02T12:00:00.000Z',
      sensitive: { patientRef: 'J.D.', notes: 'call back' },
    });
    render(<ReferralSettings db={db} />);
    const days = await screen.findByLabelText('Follow-up days after scheduled or seen');
    await waitFor(() => expect((days as HTMLInputElement).value).toBe('3'));
    expect(screen.queryByLabelText('Days after closing')).toBeNull();
    fireEvent.input(days, { target: { value: '5' } });
    fireEvent.click(screen.getByLabelText(/Clear patient references/));
    fireEvent.input(await screen.findByLabelText('Days after closing'), { target: { value: '30' } });
    screen.getByRole('button', { name: 'Save referral settings' }).click();
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('cleared from 1'));
    expect(await loadSettings(db)).toMatchObject({ referralFollowUpDays: 5, patientRefRetentionDays: 30 });
    expect((await db.referrals.get(referral.id))?.sensitive).toEqual({ patientRef: '', notes: '' });
  });
});
