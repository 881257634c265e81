// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { generateData, seedTables } from '../../../dev/generators/generate-transfer-data';
import { exportJson } from '../../../features/transfer';
import { RoundsDatabase } from '../../../storage/database';
import { ImportPanel } from './ImportPanel';

const opened: RoundsDatabase[] = [];
afterEach(async () => {
  cleanup();
  for (const db of opened.splice(0)) await db.delete();
});
const freshDb = async () => {
  const db = new RoundsDatabase(`test-${crypto.randomUUID()}`);
  opened.push(db);
  await db.open();
  return db;
};
const sizes = {
  physicians: 6,
  practices: 2,
  notes: 5,
  referrals: 3,
  outreach: 8,
  followUps: 2,
  portals: 1,
  settings: 1,
};

/** Chooses a file in the `Import file` input, as a person would. */
function choose(text: string, name = 'rounds-export.json') {
  const input = screen.getByLabelText('Import file') as HTMLInputElement;
  const file = new File([text], name, { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
}

async function exportedText() {
  const source = await freshDb();
  await seedTables(source, generateData(3, sizes));
  return (await exportJson(source)).blob.text();
}

describe('Import file', () => {
  it('previews per record type, then commits and reports the counts', async () => {
    const text = await exportedText();
    const db = await freshDb();
    render(<ImportPanel db={db} />);
    choose(text);
    const physiciansRow = await screen.findByRole('row', { name: /^Physicians/ });
    expect(physiciansRow.textContent).toBe('Physicians6000');
    expect(await db.physicians.count()).toBe(0);
    fireEvent.click(screen.getByRole('button', { name: 'Import' }));
    const status = await screen.findByText(/^Imported 6 physicians, 2 practices/);
    expect(status.getAttribute('role')).toBe('status');
    expect(await db.outreach.count()).toBe(8);
  });

  it('cancel writes nothing', async () => {
    const db = await freshDb();
    render(<ImportPanel db={db} />);
    choose(await exportedText());
    fireEvent.click(await screen.findByRole('button', { name: 'Cancel import' }));
    expect(screen.queryByRole('button', { name: 'Import' })).toBeNull();
    expect(await db.physicians.count()).toBe(0);
  });

  it('a bad record gives an alert naming its place, and the database stays as it was', async () => {
    const file = JSON.parse(await exportedText());
    file.data.outreach[5].at = 'last Tuesday';
    const db = await freshDb();
    await seedTables(db, generateData(9, { physicians: 2 }));
    render(<ImportPanel db={db} />);
    choose(JSON.stringify(file));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('outreach[5].at: not a date and time');
    expect(screen.queryByRole('button', { name: 'Import' })).toBeNull();
    expect(await db.physicians.count()).toBe(2);
    expect(await db.outreach.count()).toBe(0);
  });

  it('a file that is not JSON is named as such', async () => {
    render(<ImportPanel db={await freshDb()} />);
    choose('hello, world');
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/not JSON|JSON/));
  });
});
