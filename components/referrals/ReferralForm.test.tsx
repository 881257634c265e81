// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AdvanceResult } from '../../features/referrals/advance-referral';
import { ReferralForm } from './ReferralForm';
import { referralTestDatabase } from './test-support';

afterEach(cleanup);

const type = (name: string, value: string) => fireEvent.input(screen.getByLabelText(name), { target: { value } });

describe('ReferralForm', () => {
  it('warns live when the patient reference looks like a name, DOB or SSN, and explains why', async () => {
    const { db } = await referralTestDatabase();
    render(<ReferralForm db={db} onSaved={() => {}} />);
    type('Patient reference', 'John Smith');
    expect(await screen.findByText(/looks like a patient’s name/)).toBeTruthy();
    type('Patient reference', 'DOB 04/12/1961');
    expect(await screen.findByText(/looks like a date of birth/)).toBeTruthy();
    type('Patient reference', '123-45-6789');
    expect(await screen.findByText(/Social Security number/)).toBeTruthy();
    type('Patient reference', 'J.D.');
    await waitFor(() => expect(document.querySelector('.warning')).toBeNull());
    expect(screen.getByText(/Rounds tracks relationships, not charts/)).toBeTruthy();
  });

  it('finds the referring physician by type-ahead and saves through the repository, attached to the page', async () => {
    const { db, ana } = await referralTestDatabase();
    const onSaved = vi.fn<(r: AdvanceResult) => void>();
    const page = { origin: 'https://portal.example.org', path: '/r/1', title: 'Referral 1', key: 'k1' };
    render(<ReferralForm db={db} page={page} onSaved={onSaved} />);
    const picker = screen.getByRole('combobox', { name: 'Referring physician' });
    fireEvent.input(picker, { target: { value: 'ruiz' } });
    (await screen.findByRole('option', { name: /Ana Ruiz/ })).click();
    type('Patient reference', 'MRN 004512');
    type('Service', 'Cardiology');
    screen.getByRole('button', { name: 'Save referral' }).click();
    await waitFor(() => expect(onSaved).toHaveBeenCalledOnce());
    const [row] = await db.referrals.toArray();
    expect(row).toMatchObject({
      physicianId: ana.id,
      serviceLine: 'Cardiology',
      status: 'received',
      pageKey: 'k1',
      sensitive: { patientRef: 'MRN 004512', notes: '' },
    });
  });

  it('asks for a physician, and a reason when the referral starts cancelled', async () => {
    const { db, ben } = await referralTestDatabase();
    const onSaved = vi.fn();
    render(<ReferralForm db={db} onSaved={onSaved} />);
    screen.getByRole('button', { name: 'Save referral' }).click();
    expect(await screen.findByText(/Choose the referring physician/)).toBeTruthy();
    cleanup();
    render(<ReferralForm db={db} physicians={[ben]} onSaved={onSaved} />);
    expect((screen.getByRole('combobox', { name: 'Referring physician' }) as HTMLInputElement).value).toContain(
      'Okafor',
    );
    fireEvent.change(screen.getByLabelText('Status'), { target: { value: 'cancelled' } });
    screen.getByRole('button', { name: 'Save referral' }).click();
    expect((await screen.findByRole('alert')).textContent).toMatch(/why/i);
    type('Reason', 'Patient declined');
    screen.getByRole('button', { name: 'Save referral' }).click();
    await waitFor(() => expect(onSaved).toHaveBeenCalledOnce());
    const [row] = await db.referrals.toArray();
    expect(row?.status).toBe('cancelled');
    expect(row?.history.map((h) => [h.status, h.reason])).toEqual([
      ['received', ''],
      ['cancelled', 'Patient declined'],
    ]);
  });

  it('keeps what is typed over a prefilled referring physician (the choice is cleared, the text is not)', async () => {
    const { db, ana, ben } = await referralTestDatabase();
    render(<ReferralForm db={db} physicians={[ben]} onSaved={() => {}} />);
    const picker = screen.getByRole('combobox', { name: 'Referring physician' }) as HTMLInputElement;
    fireEvent.input(picker, { target: { value: 'ruiz' } });
    const option = await screen.findByRole('option', { name: /Ana Ruiz/ });
    expect(picker.value).toBe('ruiz');
    option.click();
    await waitFor(() => expect(picker.value).toBe(`Ana Ruiz, ${ana.credentials[0]}`));
    expect(picker.value).not.toContain(ben.last);
  });
});
