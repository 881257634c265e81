// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { PageContext } from '../../messaging/page-context';
import { SidebarShell } from './SidebarShell';
import { pageContext, scratchDatabase, seedPhysicians } from './test-support';

afterEach(cleanup);

const at = '2026-03-01T10:00:00.000Z';
const url = 'https://portal.example.org/referrals/42';

async function openCapture(kind: 'physician' | 'note', text: string) {
  const db = await scratchDatabase();
  const seeded = await seedPhysicians(db);
  const capture: PageContext['capture'] = { kind, text, url, title: 'Referral 42', at };
  const context = pageContext([], { capture });
  render(<SidebarShell state={{ status: 'ready', context }} onClose={() => {}} openDatabase={async () => db} />);
  return { db, context, ...seeded };
}
const value = (label: string) => (screen.getByLabelText(label) as HTMLInputElement).value;
const fill = (label: string, text: string) =>
  fireEvent.input(screen.getByLabelText(label), { target: { value: text } });

describe('sidebar captures', () => {
  it('saves a captured physician with the page it came from as its source', async () => {
    const { db } = await openCapture('physician', 'Dr. Maria Q. Alvarez, MD');
    await screen.findByRole('heading', { name: 'New physician' });
    await waitFor(() => expect(value('Last name')).toBe('Alvarez'));
    expect(value('First name')).toBe('Maria');
    screen.getByRole('button', { name: 'Look up in NPI Registry' });
    screen.getByRole('button', { name: 'Save physician' }).click();
    await screen.findByRole('heading', { name: 'Maria Q. Alvarez, MD' });
    const row = (await db.physicians.toArray()).find((p) => p.last === 'Alvarez');
    expect(row?.middle).toBe('Q.');
    expect(row?.source).toEqual({ kind: 'capture', url, title: 'Referral 42', at });
  });

  it('asks "Is this …?" about a similar physician; Use this physician opens them', async () => {
    const { db } = await openCapture('physician', 'Dr. J. Smith');
    const question = await screen.findByRole('group', {
      name: 'Is this Jane Smith, MD, FACC — Cardiology, Lakeside Heart?',
    });
    within(question).getByRole('button', { name: 'Use this physician' }).click();
    await screen.findByRole('heading', { name: 'Jane Smith, MD, FACC' });
    expect(await db.physicians.count()).toBe(3);
  });

  it('Create new still never makes a second record for a known NPI (re-checked as it saves)', async () => {
    const { db, jane } = await openCapture('physician', 'Dr. J. Smith');
    (await screen.findByRole('button', { name: 'Create new' })).click();
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Use this physician' })).toBeNull());
    fill('NPI', jane.npi ?? '');
    screen.getByRole('button', { name: 'Save physician' }).click();
    await screen.findByRole('heading', { name: 'Jane Smith, MD, FACC' });
    expect(await db.physicians.count()).toBe(3);
  });

  it('opens a note capture on the composer with the named physician chosen; the note keeps the page', async () => {
    const { db, omar, context } = await openCapture('note', 'Dr. Omar Haddad prefers fax on Fridays');
    await screen.findByRole('heading', { name: 'New note' });
    expect(value('Note')).toBe('Dr. Omar Haddad prefers fax on Fridays');
    await waitFor(() => expect(value('About physician')).toBe('Omar Haddad, DO'));
    screen.getByRole('button', { name: 'Save note' }).click();
    await screen.findByRole('heading', { name: 'Omar Haddad, DO' });
    expect(screen.getByRole('status').textContent).toContain('Note saved');
    const [note] = await db.notes.toArray();
    expect(note?.physicianIds).toEqual([omar.id]);
    expect(note?.pageKey).toBe(context.pageKey);
    expect(note?.sensitive.body).toBe('Dr. Omar Haddad prefers fax on Fridays');
  });

  it('lets the user pick the physician with search when the note names no one', async () => {
    const { db, li } = await openCapture('note', 'call back on Tuesday');
    await screen.findByRole('heading', { name: 'New note' });
    expect(value('About physician')).toBe('');
    fill('About physician', 'chen');
    (await screen.findByRole('option', { name: /Li Chen/ })).click();
    await waitFor(() => expect(value('About physician')).toBe('Li Chen, MD'));
    screen.getByRole('button', { name: 'Save note' }).click();
    await screen.findByRole('heading', { name: 'Li Chen, MD' });
    expect((await db.notes.toArray())[0]?.physicianIds).toEqual([li.id]);
  });

  it('offers the NPI Registry look-up when editing details too', async () => {
    const db = await scratchDatabase();
    const { jane } = await seedPhysicians(db);
    const context = pageContext([jane.id]);
    render(<SidebarShell state={{ status: 'ready', context }} onClose={() => {}} openDatabase={async () => db} />);
    (await screen.findByRole('button', { name: 'Jane Smith, MD, FACC' })).click();
    (await screen.findByRole('button', { name: 'Edit details' })).click();
    await screen.findByRole('button', { name: 'Look up in NPI Registry' });
  });
});
