import { describe, expect, it } from 'vitest';
import type { Physician } from '../../storage/schemas/physician';
import { DirectoryIndex } from './directory-index';

function physician(id: string, first: string, last: string, extra: Partial<Physician> = {}): Physician {
  return { id, first, last, middle: '', deletedAt: null, ...extra } as Physician;
}

describe('DirectoryIndex (text mode, extension side)', () => {
  it('finds the same names as the page-side keys and maps them to record ids', () => {
    const index = DirectoryIndex.build([physician('a', 'Jane', 'Smith'), physician('b', 'Wei', 'Zhang')]);
    expect(index.size).toBe(2);
    expect(index.idsInText('Seen by Jane Smith and Zhang, Wei today')).toEqual(['a', 'b']);
  });

  it('re-indexes an edited row in place, adds new rows and forgets removed or soft-deleted ones', () => {
    const index = DirectoryIndex.build([physician('a', 'Jane', 'Smith'), physician('b', 'Wei', 'Zhang')]);
    index.put(physician('a', 'Jane', 'Smythe'));
    expect(index.idsInText('Jane Smith')).toEqual([]);
    expect(index.idsInText('Jane Smythe')).toEqual(['a']);
    index.put(physician('c', 'Ana', 'Garcia Lopez'));
    expect(index.idsInText('Ana Garcia Lopez')).toEqual(['c']);
    index.put(physician('b', 'Wei', 'Zhang', { deletedAt: '2025-01-01T00:00:00Z' }));
    index.remove('c');
    expect(index.idsInText('Wei Zhang, Ana Garcia Lopez')).toEqual([]);
    expect(index.size).toBe(1);
  });

  it('rebuilds first-name sub-indexes of a large group after a change', () => {
    const rows = Array.from({ length: 20 }, (_, i) => physician(`s${i}`, `${String.fromCharCode(65 + i)}lan`, 'Smith'));
    const index = DirectoryIndex.build(rows);
    expect(index.idsInText('Dlan Smith')).toEqual(['s3']); // builds the lazy Map
    index.put(physician('s3', 'Other', 'Smith'));
    expect(index.idsInText('Dlan Smith')).toEqual([]);
    expect(index.idsInText('Other Smith')).toEqual(['s3']);
  });
});
