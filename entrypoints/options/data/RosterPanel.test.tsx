// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { RoundsDatabase } from '../../../storage/database';
import { npiCheckDigit } from '../../../storage/npi';
import { RosterPanel } from './RosterPanel';

const opened: RoundsDatabase[] = [];
afterEach(async () => {
  cleanup();
  for (const db of opened.splice(0)) await db.delete();
});

const valid = (first9: string) => `${first9}${npiCheckDigit(first9)}`;
const roster = [
  'NPI,Doc Last,First Name,Credentials,Account Name,City',
  '1234567893,WIEBE,ANNA,M.D.,Plains Clinic,Kearney',
  '1234567898,Bad,Digit,MD,Plains Clinic,Kearney',
  `${valid('124531959')},Nguyen,Li,DO,Plains Clinic,Kearney`,
  '1234567893,Wiebe,Anna,MD,Plains Clinic,Kearney',
].join('\r\n');

describe('Import roster (CSV)', () => {
  it('detects the mapping, lets a column be set by hand, skips rows with problems and adds the rest', async () => {
    const db = new RoundsDatabase(`test-${crypto.randomUUID()}`);
    opened.push(db);
    await db.open();
    render(<RosterPanel db={db} />);
    const input = screen.getByLabelText('Import roster (CSV)') as HTMLInputElement;
    Object.defineProperty(input, 'files', { value: [new File([roster], 'roster.csv')], configurable: true });
    fireEvent.change(input);
    const npi = (await screen.findByLabelText('Column for NPI')) as HTMLSelectElement;
    expect(npi.value).toBe('0');
    const last = screen.getByLabelText('Column for Last name') as HTMLSelectElement;
    expect(last.value).toBe(''); // "Doc Last" → not detected here: the user picks it
    fireEvent.change(last, { target: { value: '1' } });
    fireEvent.click(screen.getByRole('button', { name: 'Check rows' }));
    await screen.findByText(/2 new physicians, 1 already in Rounds or repeated/);
    const add = screen.getByRole('button', { name: 'Add physicians' }) as HTMLButtonElement;
    expect(add.disabled).toBe(true);
    expect(screen.getByText(/wrong check digit/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Skip rows with problems' }));
    expect((screen.getByLabelText('Skip line 3') as HTMLInputElement).checked).toBe(true);
    expect(add.disabled).toBe(false);
    fireEvent.click(add);
    await screen.findByText('Added 2 physicians and 1 practices.');
    const names = (await db.physicians.toArray()).map((p) => p.last).sort();
    expect(names).toEqual(['Nguyen', 'Wiebe']);
  });
});
