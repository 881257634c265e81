// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { exportFhir } from '../../../features/fhir';
import { seedDemoData } from '../../../features/sample-data/seed';
import { useScratchDatabases } from '../../../tests/transfer-db';
import { ExportFhirPanel } from './ExportFhirPanel';
import { ImportPanel } from './ImportPanel';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});
const freshDb = useScratchDatabases();

describe('Export FHIR and importing a FHIR file', () => {
  it('asks first (the same patient-information warning), then saves a Bundle', async () => {
    const db = await freshDb();
    await seedDemoData(db, { history: true });
    const clicks: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicks.push(this.download);
    });
    render(<ExportFhirPanel db={db} />);
    fireEvent.click(screen.getByRole('button', { name: 'Export FHIR' }));
    const dialog = screen.getByRole('dialog', { name: 'Save a FHIR file?' });
    expect(dialog.textContent).toContain('may contain patient information');
    expect(dialog.textContent).toContain('Patient information is left out');
    fireEvent.click(screen.getByRole('button', { name: 'Save FHIR file' }));
    await screen.findByText(/^Exported \d+ FHIR resources to rounds-fhir-\d{4}-\d\d-\d\d\.json\.$/);
    expect(clicks).toEqual([expect.stringMatching(/^rounds-fhir-.*\.json$/)]);
  });

  it('Import file tells a FHIR Bundle by its content, previews and imports it', async () => {
    const source = await freshDb();
    await seedDemoData(source);
    const text = await (await exportFhir(source)).blob.text();
    const db = await freshDb();
    render(<ImportPanel db={db} />);
    const input = screen.getByLabelText('Import file') as HTMLInputElement;
    Object.defineProperty(input, 'files', { value: [new File([text], 'directory.json')], configurable: true });
    fireEvent.change(input);
    const row = await screen.findByRole('row', { name: /^Physicians/ });
    expect(row.textContent).toBe('Physicians6000');
    expect(
      screen.getByText(/^FHIR file: 3 Organization, 3 Location, 6 Practitioner, 6 PractitionerRole\.$/),
    ).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Import' }));
    await screen.findByText(
      /^Imported 6 physicians, 3 practices\. 0 unchanged, 0 conflicting .* 0 not imported\. Your settings were kept\.$/,
    );
    expect(await db.physicians.count()).toBe(6);
  });
});
