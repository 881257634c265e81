// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { SidebarShell } from './SidebarShell';
import { pageContext, scratchDatabase, seedPhysicians } from './test-support';

afterEach(cleanup);

const fill = (label: string, value: string) => fireEvent.input(screen.getByLabelText(label), { target: { value } });

async function openSidebar(pageKey = 'https://portal.example.org/referrals/42') {
  const db = await scratchDatabase();
  const seeded = await seedPhysicians(db);
  const context = pageContext([seeded.jane.id, seeded.omar.id], { pageKey });
  render(<SidebarShell state={{ status: 'ready', context }} onClose={() => {}} openDatabase={async () => db} />);
  return { db, context, ...seeded };
}

async function openJane() {
  const opened = await openSidebar();
  (await screen.findByRole('button', { name: 'Jane Smith, MD, FACC' })).click();
  await screen.findByRole('heading', { name: 'Jane Smith, MD, FACC' });
  return opened;
}

describe('sidebar referrals (shared referrals-ui form and card)', () => {
  it('prefills this physician, offers the others on the page and the directory, warns about identifying references', async () => {
    await openJane();
    screen.getByRole('button', { name: 'New referral' }).click();
    const picker = (await screen.findByRole('combobox', { name: 'Referring physician' })) as HTMLInputElement;
    expect(picker.value).toBe('Jane Smith, MD, FACC');
    for (const label of ['Patient reference', 'Service', 'Status']) screen.getByLabelText(label);
    fill('Patient reference', 'John Doe');
    await screen.findByText(/looks like a patient’s name/);
    // Emptied, the picker offers the physicians on the page (loaded just after the form opens).
    await waitFor(async () => {
      fireEvent.input(picker, { target: { value: '' } });
      await screen.findByRole('option', { name: /Omar Haddad/ }, { timeout: 100 });
    });
    fireEvent.input(picker, { target: { value: 'chen' } });
    (await screen.findByRole('option', { name: /Li Chen/ })).click(); // not on the page: the directory search
    await waitFor(() => expect(picker.value).toBe('Li Chen, MD'));
  });

  it('saves attached to the page, opens the card, moves it to scheduled with the message to copy', async () => {
    const { db, jane, context } = await openJane();
    screen.getByRole('button', { name: 'New referral' }).click();
    await screen.findByRole('combobox', { name: 'Referring physician' });
    fill('Patient reference', 'J.D.');
    fill('Service', 'Echo');
    screen.getByRole('button', { name: 'Save referral' }).click();
    await waitFor(() => expect(screen.getAllByRole('status')[0]?.textContent).toContain('Referral saved'));
    expect(document.activeElement?.textContent).toBe('New referral'); // focus back on the button that opened it
    const [referral] = await db.referrals.toArray();
    expect(referral).toMatchObject({ physicianId: jane.id, serviceLine: 'Echo', status: 'received' });
    expect(referral?.pageKey).toBe(context.pageKey);
    expect(referral?.page).toEqual({
      origin: context.origin,
      path: context.path,
      title: context.title,
      key: context.pageKey,
    });
    expect(referral?.sensitive.patientRef).toBe('J.D.');
    await screen.findByText('Open referrals: 1');

    const card = await screen.findByRole('article', { name: 'Referral from Jane Smith, MD, FACC' });
    fireEvent.change(within(card).getByLabelText('Move to…'), { target: { value: 'scheduled' } });
    within(card).getByRole('button', { name: 'Move' }).click();
    await within(card).findByText(/Moved to Scheduled\. Follow-up created/);
    const loop = await within(card).findByRole('region', { name: 'Update the referring office' });
    expect(loop.textContent).toMatch(/Your patient J\.D\. referred on .+ was scheduled on .+ with Echo/);
    within(loop).getByRole('button', { name: 'Copy message' });
    expect((await db.referrals.get(referral?.id ?? ''))?.status).toBe('scheduled');
    expect(
      await db.followUps
        .where('referralId')
        .equals(referral?.id ?? '')
        .count(),
    ).toBe(1);
  });

  it('starts a referral as scheduled in one step (close-the-loop follow-up created)', async () => {
    const { db } = await openJane();
    screen.getByRole('button', { name: 'New referral' }).click();
    await screen.findByRole('combobox', { name: 'Referring physician' });
    fill('Service', 'Echo');
    fireEvent.change(screen.getByLabelText('Status'), { target: { value: 'scheduled' } });
    screen.getByRole('button', { name: 'Save referral' }).click();
    await waitFor(() => expect(screen.getAllByRole('status')[0]?.textContent).toMatch(/Referral saved\. Follow-up/));
    expect(await db.followUps.count()).toBe(1);
    await screen.findByRole('region', { name: 'Update the referring office' });
  });

  it('lists the referrals attached to this page under Referrals on this page, and only those', async () => {
    const { repos, jane, omar, context } = await openSidebar();
    const page = { origin: context.origin, path: context.path, title: context.title, key: context.pageKey };
    await repos.referrals.create({
      physicianId: omar.id,
      serviceLine: 'Ortho consult',
      receivedAt: new Date().toISOString(),
      status: 'received',
      page,
      sensitive: { patientRef: 'A.B.', notes: '' },
    });
    await repos.referrals.create({
      physicianId: jane.id,
      serviceLine: 'Elsewhere',
      receivedAt: new Date().toISOString(),
      status: 'received',
      page: { ...page, key: 'another-page' },
      sensitive: { patientRef: '', notes: '' },
    });
    const section = (await screen.findByRole('heading', { name: 'Referrals on this page' })).closest(
      'section',
    ) as HTMLElement;
    const row = await within(section).findByRole('button', { name: /Ortho consult · A\.B\. .* Omar Haddad, DO/ });
    expect(section.textContent).not.toContain('Elsewhere');
    row.click();
    await within(section).findByRole('article', { name: 'Referral from Omar Haddad, DO' });
    within(section).getByLabelText('Move to…');
  });
});
