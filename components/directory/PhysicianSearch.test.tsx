// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { scratchDatabase, seedPhysicians } from '../../entrypoints/sidebar/test-support';
import { loadPhysicianIndex } from '../../features/directory/search/load-index';
import type { RoundsDatabase } from '../../storage/database';
import { PhysicianSearch } from './PhysicianSearch';
import { usePhysicianIndex } from './use-physician-index';

afterEach(cleanup);

function Harness(props: { db: RoundsDatabase; onOpen: (id: string) => void }) {
  return <PhysicianSearch search={usePhysicianIndex(props.db)} onOpen={props.onOpen} />;
}

async function setup() {
  const db = await scratchDatabase();
  const seeded = await seedPhysicians(db);
  const onOpen = vi.fn();
  render(<Harness db={db} onOpen={onOpen} />);
  const box = screen.getByRole('combobox', { name: 'Search physicians' });
  await screen.findByText('', { selector: '[aria-live]' }); // index built (no "Indexing…")
  return { db, box, onOpen, ...seeded };
}

const type = (box: HTMLElement, value: string) => fireEvent.input(box, { target: { value } });
const key = (box: HTMLElement, k: string) => fireEvent.keyDown(box, { key: k });

describe('Search physicians', () => {
  it('finds by prefix and despite a typo', async () => {
    const { box } = await setup();
    type(box, 'smi');
    await screen.findByRole('option', { name: /Jane Smith, MD, FACC/ });
    type(box, 'hadad');
    await screen.findByRole('option', { name: /Omar Haddad, DO/ });
    type(box, 'lakeside');
    await waitFor(() => expect(screen.getAllByRole('option')).toHaveLength(2));
  });

  it('moves with ArrowDown/ArrowUp and opens with Enter', async () => {
    const { box, onOpen, jane, omar } = await setup();
    type(box, 'lakeside');
    await waitFor(() => expect(screen.getAllByRole('option')).toHaveLength(2));
    expect(box.getAttribute('aria-expanded')).toBe('true');
    key(box, 'ArrowDown');
    const [first, second] = screen.getAllByRole('option');
    expect(first?.getAttribute('aria-selected')).toBe('true');
    expect(box.getAttribute('aria-activedescendant')).toBe(first?.id);
    key(box, 'ArrowDown');
    expect(second?.getAttribute('aria-selected')).toBe('true');
    key(box, 'ArrowDown'); // stays on the last
    expect(box.getAttribute('aria-activedescendant')).toBe(second?.id);
    key(box, 'ArrowUp');
    expect(box.getAttribute('aria-activedescendant')).toBe(first?.id);
    key(box, 'Enter');
    const firstId = first?.textContent?.includes('Smith') ? jane.id : omar.id;
    expect(onOpen).toHaveBeenCalledWith(firstId);
    key(box, 'Escape');
    expect((box as HTMLInputElement).value).toBe('');
    expect(screen.queryAllByRole('option')).toHaveLength(0);
  });

  it('Enter without moving opens the best hit; a click opens too', async () => {
    const { box, onOpen, li } = await setup();
    type(box, 'chen');
    const option = await screen.findByRole('option', { name: /Li Chen/ });
    key(box, 'Enter');
    expect(onOpen).toHaveBeenLastCalledWith(li.id);
    option.click();
    expect(onOpen).toHaveBeenCalledTimes(2);
  });

  it('updates incrementally when physicians are added, changed or deleted elsewhere', async () => {
    const { box, repos, li } = await setup();
    await repos.physicians.create({ first: 'Ana', last: 'Okafor', credentials: ['MD'], practiceName: 'Eastside' });
    type(box, 'okaf');
    await screen.findByRole('option', { name: /Ana Okafor, MD/ });
    await repos.physicians.update(li.id, { last: 'Cheng' });
    type(box, 'cheng');
    await screen.findByRole('option', { name: /Li Cheng, MD/ });
    await repos.physicians.softDelete(li.id);
    await waitFor(() => expect(screen.queryByRole('option', { name: /Li Cheng/ })).toBeNull());
  });

  it('builds the index in chunks, leaving out deleted physicians', async () => {
    const db = await scratchDatabase();
    const { repos, omar } = await seedPhysicians(db);
    await repos.physicians.softDelete(omar.id);
    const { index, since } = await loadPhysicianIndex(db, { chunk: 1 });
    expect(index.size).toBe(2);
    expect(index.search('hadd')).toEqual([]);
    expect(since).toBe((await db.physicians.get(omar.id))?.updatedAt);
  });
});
