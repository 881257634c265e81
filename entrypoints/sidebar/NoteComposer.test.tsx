// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { NoteComposer } from './NoteComposer';
import { noteDraftKey } from './note-drafts';
import { scratchDatabase, seedPhysicians } from './test-support';

afterEach(cleanup);

const page = { origin: 'https://portal.example.org', path: '/a', title: 'A', key: 'https://portal.example.org/a' };

describe('note drafts', () => {
  it('autosaves the typed note to extension storage, restores it on reopen and clears it on save', async () => {
    const db = await scratchDatabase();
    const { jane } = await seedPhysicians(db);
    const key = noteDraftKey(jane.id, page.key);
    const first = render(<NoteComposer db={db} physicianId={jane.id} page={page} onSaved={() => {}} />);
    fireEvent.input(screen.getByRole('textbox', { name: 'Note' }), { target: { value: 'Half a thought' } });
    await waitFor(async () => expect((await browser.storage.local.get(key))[key]).toBe('Half a thought'));
    fireEvent.input(screen.getByRole('textbox', { name: 'Note' }), { target: { value: 'Half a thought, more' } });
    first.unmount(); // closing the sidebar flushes the pending save
    await waitFor(async () => expect((await browser.storage.local.get(key))[key]).toBe('Half a thought, more'));

    const onSaved = vi.fn();
    render(<NoteComposer db={db} physicianId={jane.id} page={page} onSaved={onSaved} />);
    const box = screen.getByRole('textbox', { name: 'Note' }) as HTMLTextAreaElement;
    await waitFor(() => expect(box.value).toBe('Half a thought, more'));
    screen.getByText('Restored your unsaved draft.');
    screen.getByRole('button', { name: 'Save note' }).click();
    await waitFor(() => expect(onSaved).toHaveBeenCalledWith('Note saved.'));
    expect((await browser.storage.local.get(key))[key]).toBeUndefined();
    expect(box.value).toBe('');
  });

  it('keeps drafts apart per physician and page', async () => {
    const db = await scratchDatabase();
    const { jane, omar } = await seedPhysicians(db);
    await browser.storage.local.set({ [noteDraftKey(jane.id, page.key)]: 'For Jane here' });
    render(
      <>
        <NoteComposer db={db} physicianId={omar.id} page={page} onSaved={() => {}} />
        <NoteComposer db={db} physicianId={jane.id} page={{ ...page, key: 'other' }} onSaved={() => {}} />
      </>,
    );
    await new Promise((r) => setTimeout(r, 30));
    for (const box of screen.getAllByRole('textbox', { name: 'Note' }))
      expect((box as HTMLTextAreaElement).value).toBe('');
  });

  it('saves with Ctrl+Enter from the textbox', async () => {
    const db = await scratchDatabase();
    const { jane } = await seedPhysicians(db);
    const onSaved = vi.fn();
    render(<NoteComposer db={db} physicianId={jane.id} page={page} onSaved={onSaved} />);
    const box = screen.getByRole('textbox', { name: 'Note' });
    fireEvent.input(box, { target: { value: 'Quick one' } });
    fireEvent.keyDown(box, { key: 'Enter', ctrlKey: true });
    await waitFor(() => expect(onSaved).toHaveBeenCalledWith('Note saved.'));
    expect((await db.notes.toArray()).map((n) => n.sensitive.body)).toEqual(['Quick one']);
  });
});
