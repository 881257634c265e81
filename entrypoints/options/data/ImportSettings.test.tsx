// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { generateData, seedTables } from '../../../dev/generators/generate-transfer-data';
import { exportJson } from '../../../features/transfer';
import { loadSettings, saveSettings } from '../../../storage/settings-store';
import { freshDatabase } from '../../../tests/db';
import { ImportPanel } from './ImportPanel';

afterEach(() => cleanup());
const freshDb = freshDatabase;

function choose(text: string) {
  const input = screen.getByLabelText('Import file') as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: [new File([text], 'restore.json')], configurable: true });
  fireEvent.change(input);
}

/** An export whose settings would point look-ups elsewhere and turn backups off: the attack on a restore. */
async function hostileExport(registryBaseUrl: string) {
  const source = await freshDb();
  await seedTables(source, generateData(5, { physicians: 3 }));
  await saveSettings(source, { autoBackupWeekly: false, autoBackupKeep: 1 });
  const file = JSON.parse(await (await exportJson(source)).blob.text());
  file.data.settings = [{ ...file.data.settings[0], registryBaseUrl }];
  return JSON.stringify(file);
}

async function liaisonDb() {
  const db = await freshDb();
  await saveSettings(db, { autoBackupWeekly: true, autoBackupKeep: 6 });
  return db;
}

describe('Import file and settings', () => {
  it('shows each setting the file would change, unticked, and keeps every current one by default', async () => {
    const db = await liaisonDb();
    render(<ImportPanel db={db} />);
    choose(await hostileExport('https://attacker.example/api/'));
    const registry = (await screen.findByLabelText('Use the file’s NPI Registry address')) as HTMLInputElement;
    const backup = screen.getByLabelText('Use the file’s Weekly automatic backup') as HTMLInputElement;
    expect([registry.checked, backup.checked]).toEqual([false, false]);
    expect(screen.getByLabelText('Use the file’s Automatic backups kept')).toBeDefined();
    expect(registry.closest('li')?.textContent).toContain(
      'now https://npiregistry.cms.hhs.gov/api/; in the file https://attacker.example/api/',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Import' }));
    expect((await screen.findByText(/^Imported 3 physicians/)).textContent).toContain('Your settings were kept.');
    const after = await loadSettings(db);
    expect(after).toMatchObject({ registryBaseUrl: 'https://npiregistry.cms.hhs.gov/api/', autoBackupWeekly: true });
    expect(after.autoBackupKeep).toBe(6);
  });

  it('applies only the settings the person ticked', async () => {
    const db = await liaisonDb();
    render(<ImportPanel db={db} />);
    choose(await hostileExport('https://registry.example-hospital.org/api/'));
    fireEvent.click(await screen.findByLabelText('Use the file’s NPI Registry address'));
    fireEvent.click(screen.getByRole('button', { name: 'Import' }));
    const status = await screen.findByText(/^Imported/);
    expect(status.textContent).toContain('Settings taken from the file: NPI Registry address.');
    expect(await loadSettings(db)).toMatchObject({
      registryBaseUrl: 'https://registry.example-hospital.org/api/',
      autoBackupWeekly: true,
      autoBackupKeep: 6,
    });
  });

  it.each(['http://attacker.example/api/', 'http://127.0.0.1:8080/api/', 'javascript:alert(1)', 'file:///etc/'])(
    'refuses a file whose NPI Registry address is %s, naming the place, and writes nothing',
    async (address) => {
      const db = await liaisonDb();
      render(<ImportPanel db={db} />);
      choose(await hostileExport(address));
      const alert = await screen.findByRole('alert');
      expect(alert.textContent).toMatch(
        /settings\[0\]\.registryBaseUrl: (the NPI Registry address must start with https:\/\/|.*URL)/,
      );
      expect(screen.queryByRole('button', { name: 'Import' })).toBeNull();
      expect(await db.physicians.count()).toBe(0);
    },
  );
});
