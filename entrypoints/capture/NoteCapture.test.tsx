// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { RoundsDatabase } from '../../storage/database';
import { repositories } from '../../storage/repositories';
import { NoteCapture } from './NoteCapture';

afterEach(cleanup);

const capture = {
  kind: 'note' as const,
  text: 'Dr. Jane Smith prefers faxed referrals',
  url: 'https://lakeside.example/team/cardiology?tab=2',
  title: 'Cardiology team',
  at: '2026-03-02T10:00:00.000Z',
};

describe('NoteCapture', () => {
  it('attaches the note to the physician the selection names and to the page', async () => {
    const db = new RoundsDatabase(`test-${crypto.randomUUID()}`);
    const jane = await repositories(db).physicians.create({ first: 'Jane', last: 'Smith', credentials: ['MD'] });
    render(<NoteCapture db={db} capture={capture} />);
    expect((screen.getByLabelText('Note') as HTMLTextAreaElement).value).toBe(capture.text);
    expect(await screen.findByRole('radio', { name: 'Jane Smith, MD' })).toHaveProperty('checked', true);
    fireEvent.click(screen.getByRole('button', { name: 'Save note' }));
    await screen.findByText('Note saved for Jane Smith, MD.');
    const [note] = await db.notes.toArray();
    expect(note?.physicianIds).toEqual([jane.id]);
    expect(note?.page).toEqual({
      origin: 'https://lakeside.example',
      path: '/team/cardiology',
      title: 'Cardiology team',
      key: '',
    });
  });

  it('finds another physician by typing, or saves with none', async () => {
    const db = new RoundsDatabase(`test-${crypto.randomUUID()}`);
    const ravi = await repositories(db).physicians.create({ first: 'Ravi', last: 'Patel' });
    render(<NoteCapture db={db} capture={{ ...capture, text: 'Call back on Monday' }} />);
    fireEvent.input(screen.getByLabelText('Find a physician'), { target: { value: 'pat' } });
    fireEvent.click(await screen.findByRole('radio', { name: 'Ravi Patel' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save note' }));
    await screen.findByText('Note saved for Ravi Patel.');
    expect((await db.notes.toArray())[0]?.physicianIds).toEqual([ravi.id]);
    cleanup();
    render(<NoteCapture db={db} capture={{ ...capture, text: 'General remark' }} />);
    fireEvent.click(screen.getByRole('radio', { name: 'No physician' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save note' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Note saved.'));
  });
});
