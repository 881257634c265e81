// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';

const send = vi.fn();
vi.mock('wxt/browser', () => ({ browser: { runtime: { sendMessage: vi.fn() } } }));
vi.mock('../../messaging/client', () => ({ send: (...args: unknown[]) => send(...args) }));
// Timing marks are recorded in e2e builds only: here the bench's "interactive" mark is checked as a call.
const mark = vi.fn();
vi.mock('../../features/instrumentation/marks', () => ({
  mark: (name: string) => mark(name),
  markOnce: () => {},
  e2eExpose: () => {},
}));

const { freshDatabase, repositories, steppingClock } = await import('../../tests/db');
const { QuickLog } = await import('./QuickLog');

const suggestions = () => within(screen.getByRole('listbox', { name: 'Physician suggestions' })).getAllByRole('option');

afterEach(() => {
  cleanup();
  send.mockReset();
});

async function setup() {
  const db = await freshDatabase();
  const repos = repositories(db, steppingClock());
  const jane = await repos.physicians.create({ first: 'Jane', last: 'Smith', credentials: ['MD'] });
  const omar = await repos.physicians.create({ first: 'Omar', last: 'Haddad' });
  await repos.outreach.create({ physicianIds: [jane.id], type: 'visit', at: new Date().toISOString() });
  const tab = {
    portal: 'enabled' as const,
    origin: 'https://ehr.example.org',
    detected: [{ physicianId: omar.id, count: 2 }],
    sidebarOpen: false,
  };
  render(<QuickLog db={db} tab={tab} lastActivity="call" />);
  const input = (await screen.findByRole('combobox', { name: 'Physician' })) as HTMLInputElement;
  return { db, jane, omar, input };
}

describe('quick-log keyboard flow', () => {
  it('opens with focus in Physician and page, then recent, physicians suggested', async () => {
    const { input } = await setup();
    await waitFor(() => expect(document.activeElement).toBe(input));
    const options = await waitFor(suggestions);
    expect(options.map((o) => o.textContent)).toEqual([
      expect.stringContaining('Omar Haddad'),
      expect.stringContaining('Jane Smith, MD'),
    ]);
    expect(options[0]?.textContent).toContain('On this page');
    await waitFor(() => expect(mark).toHaveBeenCalledWith('rounds:interactive'));
  });

  it('types, moves with ArrowDown, chooses with Enter, and saves with Ctrl+Enter', async () => {
    const { jane, input } = await setup();
    await waitFor(suggestions);
    fireEvent.input(input, { target: { value: 'smi' } });
    await waitFor(() => expect(suggestions()[0]?.textContent).toContain('Jane Smith'));
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    const first = suggestions()[0] as HTMLElement;
    expect(input.getAttribute('aria-activedescendant')).toBe(first.id);
    expect(first.getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(input, { key: 'Enter' });
    await screen.findByRole('button', { name: 'Remove Jane Smith, MD' });
    expect(input.value).toBe('');
    expect((screen.getByLabelText('Activity') as HTMLSelectElement).value).toBe('call');

    send.mockResolvedValue({
      outreachId: crypto.randomUUID(),
      followUpId: null,
      physicianIds: [jane.id],
      createdPhysicianIds: [],
    });
    fireEvent.keyDown(input, { key: 'Enter', ctrlKey: true });
    expect(send).toHaveBeenCalledWith(
      'outreach.log',
      expect.objectContaining({ entry: expect.objectContaining({ physicianIds: [jane.id], type: 'call' }) }),
    );
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toContain('Logged outreach with Jane Smith, MD'),
    );
    expect(screen.queryByRole('button', { name: 'Remove Jane Smith, MD' })).toBeNull();
  });

  it('adds a name not in the directory as a new physician, and sets a follow-up a week out', async () => {
    const { input } = await setup();
    fireEvent.input(input, { target: { value: 'Ana Lima DO' } });
    await waitFor(() => expect(suggestions().at(-1)?.textContent).toContain('Add “Ana Lima, DO”'));
    const options = suggestions();
    for (let i = 0; i < options.length; i++) fireEvent.keyDown(input, { key: 'ArrowDown' });
    fireEvent.keyDown(input, { key: 'Enter' });
    await screen.findByRole('button', { name: 'Remove Ana Lima, DO' });
    fireEvent.click(screen.getByRole('button', { name: '+1 week' }));
    send.mockResolvedValue({
      outreachId: crypto.randomUUID(),
      followUpId: crypto.randomUUID(),
      physicianIds: [],
      createdPhysicianIds: [],
    });
    fireEvent.click(screen.getByRole('button', { name: 'Log outreach' }));
    const [, payload] = send.mock.calls[0] as [
      string,
      { entry: { followUpDate: string; physicianIds: string[] }; newPhysicians: unknown[] },
    ];
    expect(payload.newPhysicians).toEqual([
      expect.objectContaining({ first: 'Ana', last: 'Lima', credentials: ['DO'] }),
    ]);
    expect(payload.entry.physicianIds).toEqual([]);
    expect(payload.entry.followUpDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('says what is missing instead of sending an outreach with nobody', async () => {
    await setup();
    fireEvent.click(screen.getByRole('button', { name: 'Log outreach' }));
    expect(send).not.toHaveBeenCalled();
    expect((await screen.findByRole('alert')).textContent).toContain('Choose a physician');
  });
});
