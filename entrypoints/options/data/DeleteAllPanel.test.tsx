// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { generateData, seedTables } from '../../../dev/generators/generate-transfer-data';
import { transferTableNames } from '../../../features/transfer/tables';
import { RoundsDatabase } from '../../../storage/database';
import { DeleteAllPanel } from './DeleteAllPanel';

// The background's part (app.dataDeleted) has its own test: forget-everything.test.ts.
vi.mock('../../../messaging/client', () => ({ send: vi.fn(async () => ({ tabs: 0, captures: 0 })) }));

const opened: RoundsDatabase[] = [];
afterEach(async () => {
  cleanup();
  for (const db of opened.splice(0)) await db.delete();
});

async function seeded() {
  const db = new RoundsDatabase(`test-${crypto.randomUUID()}`);
  opened.push(db);
  await db.open();
  await seedTables(db, generateData(5, { physicians: 4, notes: 3, outreach: 3, portals: 1, settings: 1 }));
  return db;
}
const total = async (db: RoundsDatabase) => {
  let n = 0;
  for (const t of transferTableNames) n += await db.table(t).count();
  return n;
};

describe('Delete all data', () => {
  it('asks in a dialog, needs DELETE typed, then empties every table', async () => {
    const db = await seeded();
    const before = await total(db);
    render(<DeleteAllPanel db={db} />);
    fireEvent.click(screen.getByRole('button', { name: 'Delete all data' }));
    const confirm = screen.getByRole('button', { name: 'Delete everything' }) as HTMLButtonElement;
    expect(screen.getByRole('dialog', { name: 'Delete all Rounds data?' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Save an export first' })).toBeTruthy();
    const field = screen.getByLabelText('Type DELETE to confirm');
    expect(document.activeElement).toBe(field);
    expect(confirm.disabled).toBe(true);
    fireEvent.input(field, { target: { value: 'delete' } });
    expect(confirm.disabled).toBe(true);
    fireEvent.input(field, { target: { value: 'DELETE' } });
    expect(confirm.disabled).toBe(false);
    fireEvent.click(confirm);
    const status = await screen.findByText(`Deleted all data (${before} records). Rounds is empty.`);
    expect(status.getAttribute('role')).toBe('status');
    expect(await total(db)).toBe(0);
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('Cancel keeps everything', async () => {
    const db = await seeded();
    const before = await total(db);
    render(<DeleteAllPanel db={db} />);
    fireEvent.click(screen.getByRole('button', { name: 'Delete all data' }));
    fireEvent.input(screen.getByLabelText('Type DELETE to confirm'), { target: { value: 'DELETE' } });
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(await total(db)).toBe(before);
  });
});
