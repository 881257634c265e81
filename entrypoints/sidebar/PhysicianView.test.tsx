// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { RoundsDatabase } from '../../storage/database';

// The sidebar saves outreach through `outreach.log`: routed here to the background's write on the test's database.
let current: RoundsDatabase | undefined;
vi.mock('../../messaging/client', () => ({
  send: async (type: string, payload: unknown) => {
    const { logOutreach } = await import('../../features/outreach/log-outreach.background');
    const { logOutreachRequest } = await import('../../messaging/outreach-log');
    if (type === 'outreach.log' && current) return logOutreach(current, logOutreachRequest.parse(payload));
    throw new Error(`${type} is not routed in this test`);
  },
}));

const { SidebarShell } = await import('./SidebarShell');
const { saveSettings } = await import('../../storage/settings-store');
const { repositories: repositoriesOf } = await import('../../storage/repositories');
const { pageContext, scratchDatabase, seedPhysicians } = await import('./test-support');

afterEach(cleanup);

async function openJane() {
  const db = await scratchDatabase();
  current = db;
  const seeded = await seedPhysicians(db);
  const context = pageContext([seeded.jane.id, seeded.omar.id]);
  render(<SidebarShell state={{ status: 'ready', context }} onClose={() => {}} openDatabase={async () => db} />);
  (await screen.findByRole('button', { name: 'Jane Smith, MD, FACC' })).click();
  await screen.findByRole('heading', { name: 'Jane Smith, MD, FACC' });
  return { db, context, ...seeded };
}

describe('physician view', () => {
  it('saves a note attached to the physician and the page, shown in the timeline and under Notes on this page', async () => {
    const { db, jane, context } = await openJane();
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Jane Smith, MD, FACC'));
    fireEvent.input(screen.getByRole('textbox', { name: 'Note' }), {
      target: { value: 'Asked for echo slots\nCall Tue' },
    });
    screen.getByRole('button', { name: 'Save note' }).click();
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('Note saved'));
    const [note] = await db.notes.toArray();
    expect(note?.physicianIds).toEqual([jane.id]);
    expect(note?.page).toEqual({
      origin: context.origin,
      path: context.path,
      title: context.title,
      key: context.pageKey,
    });
    expect(note?.pageKey).toBe(context.pageKey);
    expect((screen.getByRole('textbox', { name: 'Note' }) as HTMLTextAreaElement).value).toBe('');
    const timeline = await screen.findByRole('list', { name: 'Timeline of Jane Smith, MD, FACC' });
    await within(timeline).findByText(/Asked for echo slots/);

    screen.getByRole('button', { name: '← Back to list' }).click();
    const notes = (await screen.findByRole('heading', { name: 'Notes on this page' })).closest(
      'section',
    ) as HTMLElement;
    await within(notes).findByText(/Asked for echo slots/);
    within(notes).getByText('About Jane Smith, MD, FACC');
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Jane Smith, MD, FACC'));
    const search = screen.getByRole('combobox', { name: 'Search physicians' });
    search.focus();
    await db.notes.update(note?.id ?? '', { sensitive: { body: 'Edited elsewhere' } });
    await within(notes).findByText('Edited elsewhere');
    expect(document.activeElement).toBe(search); // a live update does not move focus
  });

  it('refuses an empty note', async () => {
    const { db } = await openJane();
    screen.getByRole('button', { name: 'Save note' }).click();
    await screen.findByText('Write a note first.');
    expect(await db.notes.count()).toBe(0);
  });

  it('deletes a note with undo', async () => {
    const { db, repos, jane } = await openJane();
    await repos.notes.create({ physicianIds: [jane.id], sensitive: { body: 'Old note' } });
    (await screen.findByRole('button', { name: 'Delete note' })).click();
    await waitFor(() => expect(screen.queryByText('Old note')).toBeNull());
    screen.getByRole('button', { name: 'Undo' }).click();
    await screen.findByText('Old note');
    expect((await db.notes.toArray())[0]?.deletedAt).toBeNull();
  });

  it('logs an outreach inline with the quick-log fields, through outreach.log, with its follow-up', async () => {
    const { db, jane } = await openJane();
    await saveSettings(db, { lastActivity: 'lunch-and-learn' });
    const echo = await repositoriesOf(db).programs.create({ name: 'Same-week echo', serviceLine: 'Cardiology' });
    screen.getByRole('button', { name: 'Log outreach' }).click();
    const activity = (await screen.findByRole('combobox', { name: 'Activity' })) as HTMLSelectElement;
    await waitFor(() => expect(activity.value).toBe('lunch-and-learn')); // the activity last logged, as in the popup
    fireEvent.change(activity, { target: { value: 'call' } });
    fireEvent.input(screen.getByLabelText('Date'), { target: { value: '2026-02-10T10:30' } });
    fireEvent.input(screen.getByRole('textbox', { name: 'Outreach notes' }), { target: { value: 'Spoke with Rosa' } });
    (await screen.findByRole('button', { name: 'Same-week echo' })).click();
    fireEvent.change(screen.getByRole('combobox', { name: 'Satisfaction' }), { target: { value: '4' } });
    // The sidebar records concerns like the popup does.
    fireEvent.change(screen.getByRole('combobox', { name: 'Concern raised' }), { target: { value: 'access' } });
    fireEvent.input(await screen.findByRole('textbox', { name: 'Concern' }), { target: { value: 'MRI waits' } });
    fireEvent.input(screen.getByRole('textbox', { name: 'Department' }), { target: { value: 'Radiology' } });
    fireEvent.input(screen.getByLabelText('Follow-up date'), { target: { value: '2026-02-17' } });
    fireEvent.input(await screen.findByRole('textbox', { name: 'Follow-up task' }), {
      target: { value: 'Send slots' },
    });
    screen.getByRole('button', { name: 'Save outreach' }).click();
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('Logged call. Follow-up set.'));
    const [row] = await db.outreach.toArray();
    expect(row).toMatchObject({
      physicianIds: [jane.id],
      type: 'call',
      programIds: [echo.id],
      satisfaction: 4,
      concern: { category: 'access', status: 'open', department: 'Radiology', resolvedAt: null },
      followUpDate: '2026-02-17',
      sensitive: { notes: 'Spoke with Rosa', followUpText: 'Send slots', concernText: 'MRI waits' },
    });
    expect(await db.followUps.toArray()).toMatchObject([
      { physicianId: jane.id, dueDate: '2026-02-17', kind: 'outreach' },
    ]);
    await screen.findByText('Spoke with Rosa');
  });

  it('edits details through the shared physician form', async () => {
    const { db, jane } = await openJane();
    screen.getByRole('button', { name: 'Edit details' }).click();
    const specialty = (await screen.findByRole('textbox', { name: 'Specialty' })) as HTMLInputElement;
    expect(specialty.value).toBe('Cardiology');
    fireEvent.input(specialty, { target: { value: 'Electrophysiology' } });
    screen.getByRole('button', { name: 'Save physician' }).click();
    await screen.findByText('Electrophysiology · Lakeside Heart');
    const stored = await db.physicians.get(jane.id);
    expect(stored).toMatchObject({ specialty: 'Electrophysiology', npi: '1234567893', staff: [{ name: 'Rosa Diaz' }] });
  });
  it('keeps focus where the user put it the moment the view shows (no late jump to the heading; #19 e2e flake)', async () => {
    const db = await scratchDatabase();
    current = db;
    const seeded = await seedPhysicians(db);
    render(
      <SidebarShell
        state={{ status: 'ready', context: pageContext([seeded.jane.id]) }}
        onClose={() => {}}
        openDatabase={async () => db}
      />,
    );
    // Like a fast user (or puppeteer's mutation polling): into the note box as soon as it is in the document.
    const typed = new Promise<HTMLTextAreaElement>((resolve) => {
      const observer = new MutationObserver(() => {
        const box = document.querySelector('textarea');
        if (!box) return;
        observer.disconnect();
        box.focus();
        resolve(box);
      });
      observer.observe(document.body, { childList: true, subtree: true });
    });
    (await screen.findByRole('button', { name: 'Jane Smith, MD, FACC' })).click();
    const box = await typed;
    // Longer than a frame and Preact's 35 ms effect fallback: a focus moved after paint would have moved by now.
    await new Promise((r) => setTimeout(r, 150));
    expect(document.activeElement).toBe(box);
  });
});
