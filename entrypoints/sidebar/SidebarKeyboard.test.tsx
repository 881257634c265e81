// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { SidebarShell } from './SidebarShell';
import { pageContext, scratchDatabase, seedPhysicians } from './test-support';

afterEach(cleanup);

async function openSidebar() {
  const db = await scratchDatabase();
  const seeded = await seedPhysicians(db);
  const context = pageContext([seeded.jane.id, seeded.omar.id]);
  render(<SidebarShell state={{ status: 'ready', context }} onClose={() => {}} openDatabase={async () => db} />);
  return { db, ...seeded };
}
const pressEscape = () => fireEvent.keyDown(document.activeElement ?? document.body, { key: 'Escape' });
const focused = () => document.activeElement?.textContent;

describe('sidebar keyboard', () => {
  it('Escape closes an open form (focus back on its button), then goes back to the list (focus on the physician)', async () => {
    await openSidebar();
    (await screen.findByRole('button', { name: 'Jane Smith, MD, FACC' })).click();
    await screen.findByRole('heading', { name: 'Jane Smith, MD, FACC' });
    screen.getByRole('button', { name: 'New referral' }).click();
    const picker = await screen.findByRole('combobox', { name: 'Referring physician' });
    picker.focus();
    pressEscape();
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Save referral' })).toBeNull());
    expect(focused()).toBe('New referral');
    screen.getByRole('heading', { name: 'Jane Smith, MD, FACC' });
    pressEscape();
    await screen.findByRole('heading', { name: 'On this page' });
    await waitFor(() => expect(focused()).toBe('Jane Smith, MD, FACC'));
  });

  it('Escape in an open suggestion list only closes the list', async () => {
    await openSidebar();
    (await screen.findByRole('button', { name: 'Jane Smith, MD, FACC' })).click();
    (await screen.findByRole('button', { name: 'New referral' })).click();
    const picker = await screen.findByRole('combobox', { name: 'Referring physician' });
    picker.focus();
    fireEvent.input(picker, { target: { value: 'chen' } });
    await screen.findByRole('option', { name: /Li Chen/ });
    fireEvent.keyDown(picker, { key: 'Escape' });
    await waitFor(() => expect(picker.getAttribute('aria-expanded')).toBe('false'));
    expect(screen.queryByRole('option', { name: /Li Chen/ })).toBeNull();
    screen.getByRole('button', { name: 'Save referral' });
  });

  it('Escape from a physician opened by search returns to the search box; from Add physician to its button', async () => {
    await openSidebar();
    const search = await screen.findByRole('combobox', { name: 'Search physicians' });
    search.focus();
    fireEvent.input(search, { target: { value: 'chen' } });
    await waitFor(() => screen.getByRole('option', { name: /Li Chen/ }), { timeout: 3000 });
    fireEvent.keyDown(search, { key: 'Enter' });
    await screen.findByRole('heading', { name: 'Li Chen, MD' });
    pressEscape();
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('combobox', { name: 'Search physicians' })),
    );

    screen.getByRole('button', { name: 'Add physician' }).click();
    await screen.findByRole('heading', { name: 'New physician' });
    pressEscape();
    await waitFor(() => expect(focused()).toBe('Add physician'));
  });
});
