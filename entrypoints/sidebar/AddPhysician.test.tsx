// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { SidebarShell } from './SidebarShell';
import { pageContext, scratchDatabase, seedPhysicians } from './test-support';

afterEach(cleanup);

async function openForm(contextOverrides = {}) {
  const db = await scratchDatabase();
  const seeded = await seedPhysicians(db);
  const context = pageContext([], contextOverrides);
  render(<SidebarShell state={{ status: 'ready', context }} onClose={() => {}} openDatabase={async () => db} />);
  return { db, ...seeded };
}
const fill = (label: string, value: string) =>
  fireEvent.input(screen.getByRole('textbox', { name: label }), { target: { value } });

describe('Add physician', () => {
  it('validates the fields, then saves and opens the new physician', async () => {
    const { db } = await openForm();
    (await screen.findByRole('button', { name: 'Add physician' })).click();
    await screen.findByRole('heading', { name: 'New physician' });
    for (const label of ['First name', 'Last name', 'Credentials', 'NPI', 'Specialty', 'Practice', 'Phone', 'Fax']) {
      screen.getByRole('textbox', { name: label });
    }
    fill('NPI', '1234567898');
    screen.getByRole('button', { name: 'Save physician' }).click();
    await screen.findByText('A last name is required.');
    await screen.findByText(/wrong check digit/);
    fill('First name', 'Ada');
    fill('Last name', 'Lovelace');
    fill('Credentials', 'MD, PhD');
    fill('NPI', '1245319599');
    screen.getByRole('button', { name: 'Save physician' }).click();
    await screen.findByRole('heading', { name: 'Ada Lovelace, MD, PhD' });
    expect(await db.physicians.where('npi').equals('1245319599').count()).toBe(1);
  });

  it('warns about the same NPI and offers the existing physician', async () => {
    const { db } = await openForm();
    (await screen.findByRole('button', { name: 'Add physician' })).click();
    await screen.findByRole('heading', { name: 'New physician' });
    fill('Last name', 'Smyth');
    fill('NPI', '1234567893');
    screen.getByRole('button', { name: 'Save physician' }).click();
    await screen.findByText(/A physician with this NPI is already in the directory/);
    expect((screen.getByRole('textbox', { name: 'Last name' }) as HTMLInputElement).value).toBe('Smyth');
    screen.getByRole('button', { name: 'Use this physician' }).click();
    await screen.findByRole('heading', { name: 'Jane Smith, MD, FACC' });
    expect(await db.physicians.count()).toBe(3);
  });

  it('warns about a similar name at the same practice; Create new still creates', async () => {
    const { db } = await openForm();
    (await screen.findByRole('button', { name: 'Add physician' })).click();
    await screen.findByRole('heading', { name: 'New physician' });
    fill('First name', 'J.');
    fill('Last name', 'Smith');
    fill('Practice', 'Lakeside Heart');
    screen.getByRole('button', { name: 'Save physician' }).click();
    await screen.findByText(/may already exist/);
    screen.getByText(/Jane Smith, MD, FACC — Cardiology, Lakeside Heart/);
    screen.getByRole('button', { name: 'Create new' }).click();
    await screen.findByRole('heading', { name: 'J. Smith' });
    expect(await db.physicians.count()).toBe(4);
  });

  it('does not warn for the same name at another practice', async () => {
    const { db } = await openForm();
    (await screen.findByRole('button', { name: 'Add physician' })).click();
    await screen.findByRole('heading', { name: 'New physician' });
    fill('First name', 'Jane');
    fill('Last name', 'Smith');
    fill('Practice', 'Riverside Clinic');
    screen.getByRole('button', { name: 'Save physician' }).click();
    await screen.findByRole('heading', { name: 'Jane Smith' });
    expect(await db.physicians.count()).toBe(4);
  });

  it('opens a capture on the prefilled form, or on a known physician', async () => {
    const capture = {
      kind: 'physician' as const,
      text: 'Dr. Maria Q. Alvarez, MD',
      url: 'https://p/x',
      title: 'x',
      at: '2026-03-01T10:00:00.000Z',
    };
    await openForm({ capture });
    await screen.findByRole('heading', { name: 'New physician' });
    await waitFor(() =>
      expect((screen.getByRole('textbox', { name: 'Last name' }) as HTMLInputElement).value).toBe('Alvarez'),
    );
    expect((screen.getByRole('textbox', { name: 'Credentials' }) as HTMLInputElement).value).toBe('MD');
    cleanup();
    await openForm({ capture: { ...capture, text: 'SMITH, JANE MD' } });
    await screen.findByRole('heading', { name: 'Jane Smith, MD, FACC' });
  });
});
