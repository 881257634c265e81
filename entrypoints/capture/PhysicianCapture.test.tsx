// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { saveCapturedPhysician } from '../../features/capture/save-captured-physician';
import type { PendingCapture } from '../../messaging/pending-capture';
import { RoundsDatabase } from '../../storage/database';
import { repositories } from '../../storage/repositories';
import { PhysicianCapture } from './PhysicianCapture';

vi.mock('../../components/capture/RegistryLookup', () => ({ RegistryLookup: () => null }));
afterEach(cleanup);

const capture = (text: string): PendingCapture => ({
  kind: 'physician',
  text,
  url: 'https://lakeside.example/team?x=1',
  title: 'Lakeside Heart – Our team',
  at: '2026-03-02T10:00:00.000Z',
});
const database = () => new RoundsDatabase(`test-${crypto.randomUUID()}`);
const field = (label: string) => screen.getByLabelText(label) as HTMLInputElement;

describe('PhysicianCapture', () => {
  it('prefills the form from the selection, swaps names, and saves with the page as source', async () => {
    const db = database();
    render(<PhysicianCapture db={db} capture={capture('SMITH, JANE Q MD')} />);
    await screen.findByRole('heading', { name: 'New physician' });
    expect(field('First name').value).toBe('Jane');
    expect(field('Last name').value).toBe('Smith');
    expect(field('Credentials').value).toBe('MD');
    fireEvent.click(screen.getByRole('button', { name: 'Swap first and last' }));
    expect(field('First name').value).toBe('Smith');
    fireEvent.click(screen.getByRole('button', { name: 'Swap first and last' }));
    expect(await db.physicians.count()).toBe(0); // never saved unasked
    fireEvent.click(screen.getByRole('button', { name: 'Save physician' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Saved Jane Q. Smith, MD to Rounds.'));
    const [saved] = await db.physicians.toArray();
    expect(saved).toMatchObject({ first: 'Jane', middle: 'Q', last: 'Smith', credentials: ['MD'] });
    expect(saved?.source).toEqual({
      kind: 'capture',
      url: 'https://lakeside.example/team?x=1',
      title: 'Lakeside Heart – Our team',
      at: '2026-03-02T10:00:00.000Z',
    });
    expect(screen.getByText(/Source: Lakeside Heart – Our team \(lakeside.example\)/)).toBeTruthy();
  });

  it('offers each name of a selection that holds several', async () => {
    render(<PhysicianCapture db={database()} capture={capture('Drs. Smith and Jones')} />);
    await screen.findByRole('heading', { name: 'New physician' });
    expect(field('Last name').value).toBe('Smith');
    fireEvent.click(screen.getByRole('radio', { name: 'Jones' }));
    await waitFor(() => expect(field('Last name').value).toBe('Jones'));
  });

  it('asks "Is this …?" for a same-named physician: use it, or create new', async () => {
    const db = database();
    await repositories(db).physicians.create({
      first: 'Jane',
      middle: 'A',
      last: 'Smith',
      credentials: ['MD'],
      specialty: 'Cardiology',
      practiceName: 'Lakeside Heart',
    });
    render(<PhysicianCapture db={db} capture={capture('Dr. Jane Smith')} />);
    await screen.findByText('Is this Jane A. Smith, MD — Cardiology, Lakeside Heart?');
    fireEvent.click(screen.getByRole('button', { name: 'Create new' }));
    await screen.findByRole('heading', { name: 'New physician' });
    cleanup();
    render(<PhysicianCapture db={db} capture={capture('Dr. Jane Smith')} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Use this physician' }));
    await screen.findByText('Using Jane A. Smith, MD — Cardiology, Lakeside Heart, already in Rounds.');
    expect(await db.physicians.count()).toBe(1);
  });

  it('never offers a new record for a known NPI', async () => {
    const db = database();
    await repositories(db).physicians.create({ first: 'Jane', last: 'Doe', npi: '1234567893' });
    render(<PhysicianCapture db={db} capture={capture('Jane Smith NPI 1234567893')} />);
    await screen.findByText('Is this Jane Doe?');
    expect(screen.queryByRole('button', { name: 'Create new' })).toBeNull();
    expect(screen.queryByRole('heading', { name: 'New physician' })).toBeNull();
  });
});

describe('saveCapturedPhysician', () => {
  it('re-checks the NPI in the save transaction: two racing saves make one record', async () => {
    const db = database();
    const input = { first: 'Jane', last: 'Smith', npi: '1234567893' };
    const [a, b] = await Promise.all([saveCapturedPhysician(db, input), saveCapturedPhysician(db, input)]);
    expect([a.status, b.status].sort()).toEqual(['created', 'known']);
    expect(a.physician.id).toBe(b.physician.id);
    expect(await db.physicians.count()).toBe(1);
  });

  it('creates a record with a known NPI only when that record was deleted', async () => {
    const db = database();
    const old = await repositories(db).physicians.create({ last: 'Smith', npi: '1234567893' });
    await repositories(db).physicians.softDelete(old.id);
    expect((await saveCapturedPhysician(db, { last: 'Smith', npi: '1234567893' })).status).toBe('created');
    expect((await saveCapturedPhysician(db, { last: 'Smyth', npi: '1234567893' })).status).toBe('known');
  });
});
