// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { generateData, seedTables } from '../../../dev/generators/generate-transfer-data';
import { RoundsDatabase } from '../../../storage/database';
import { ExportJsonPanel } from './ExportJsonPanel';

const opened: RoundsDatabase[] = [];
afterEach(async () => {
  cleanup();
  vi.restoreAllMocks();
  for (const db of opened.splice(0)) await db.delete();
});

describe('Export JSON', () => {
  it('asks first (patient information), focus in the dialog and back, then saves the file', async () => {
    const db = new RoundsDatabase(`test-${crypto.randomUUID()}`);
    opened.push(db);
    await db.open();
    await seedTables(db, generateData(8, { physicians: 3, notes: 2, settings: 1 }));
    const clicks: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicks.push(this.download);
    });
    render(<ExportJsonPanel db={db} />);
    const button = screen.getByRole('button', { name: 'Export JSON' });
    button.focus();
    fireEvent.click(button);
    const dialog = screen.getByRole('dialog', { name: 'Save an export file?' });
    expect(dialog.textContent).toContain('may contain patient information');
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Cancel' }));
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(button);
    expect(clicks).toEqual([]);
    fireEvent.click(button);
    fireEvent.click(screen.getByRole('button', { name: 'Save export' }));
    await screen.findByText(/^Exported 6 records to rounds-export-\d{4}-\d\d-\d\d\.json\.$/);
    expect(clicks).toEqual([expect.stringMatching(/^rounds-export-.*\.json$/)]);
  });

  it('a date range needs both ends before Export JSON is enabled', async () => {
    const db = new RoundsDatabase(`test-${crypto.randomUUID()}`);
    opened.push(db);
    render(<ExportJsonPanel db={db} />);
    fireEvent.change(screen.getByLabelText('What to export'), { target: { value: 'dates' } });
    const button = screen.getByRole('button', { name: 'Export JSON' }) as HTMLButtonElement;
    expect(button.disabled).toBe(true);
    fireEvent.input(screen.getByLabelText('From'), { target: { value: '2025-01-01' } });
    fireEvent.input(screen.getByLabelText('To'), { target: { value: '2025-01-31' } });
    expect(button.disabled).toBe(false);
  });
});
