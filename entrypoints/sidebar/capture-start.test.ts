import { describe, expect, it } from 'vitest';
import { viewForCapture } from './capture-start';
import { scratchDatabase, seedPhysicians } from './test-support';

const capture = (text: string, kind: 'physician' | 'note' = 'physician') => ({
  kind,
  text,
  url: 'https://p/',
  title: '',
  at: '2026-01-01T00:00:00.000Z',
});

describe('viewForCapture', () => {
  it('opens a known physician by NPI or same name, else the prefilled form; note captures open the note composer', async () => {
    const db = await scratchDatabase();
    const { jane } = await seedPhysicians(db);
    expect(await viewForCapture(db, undefined)).toEqual({ kind: 'home' });
    expect(await viewForCapture(db, capture('Jane Smith', 'note'))).toEqual({
      kind: 'capture-note',
      text: 'Jane Smith',
    });
    expect(await viewForCapture(db, capture('Dr. J. Smyth NPI 1234567893'))).toEqual({
      kind: 'physician',
      id: jane.id,
    });
    expect(await viewForCapture(db, capture('Jane Smith MD'))).toEqual({ kind: 'physician', id: jane.id });
    expect(await viewForCapture(db, capture('KIM, SOO-JIN DO'))).toMatchObject({
      kind: 'new-physician',
      initial: { first: 'Soo-Jin', last: 'Kim', credentials: 'DO' },
      extra: { source: { kind: 'capture', url: 'https://p/', title: '', at: '2026-01-01T00:00:00.000Z' } },
    });
  });

  it('asks about weaker matches (similar name) instead of opening them', async () => {
    const db = await scratchDatabase();
    const { jane } = await seedPhysicians(db);
    const view = await viewForCapture(db, capture('Dr. J. Smith'));
    expect(view.kind).toBe('new-physician');
    if (view.kind !== 'new-physician') return;
    expect(view.candidates?.map((c) => c.physician.id)).toContain(jane.id);
    expect(view.initial).toMatchObject({ last: 'Smith' });
  });
});
