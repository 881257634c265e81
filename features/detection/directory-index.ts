import type { MatchKeys } from '../../messaging/content-commands';
import { type CompiledMatchKeys, compileMatchKeys, type LastNameGroup } from './compiled-keys';
import { detectInBlock } from './detect';
import { buildMatchKeys, type KeyFields, physicianKeys } from './match-keys';

type RowKeys = NonNullable<ReturnType<typeof physicianKeys>>;

/**
 * Extension side, text mode: the whole directory compiled for matching once, then edited row by row when the
 * directory changes (a removed or edited row leaves its position empty or is re-indexed in place), so the
 * background never rebuilds 50,000 keys per change or per report. Same look-up structure as the page side.
 */
export class DirectoryIndex {
  private readonly positionOf = new Map<string, number>();
  private live = 0;

  private constructor(
    /** The compiled keys detection reads (mutated in place by put/remove). */
    readonly keys: CompiledMatchKeys,
    private readonly raw: MatchKeys,
    private readonly ids: string[],
  ) {
    for (const [p, id] of ids.entries()) this.positionOf.set(id, p);
    this.live = ids.length;
  }

  /** Builds the index from directory rows (soft-deleted rows are left out). */
  static build(rows: Iterable<KeyFields>): DirectoryIndex {
    const built = buildMatchKeys(rows, 0);
    return new DirectoryIndex(compileMatchKeys(built.keys), built.keys, built.ids);
  }

  /** How many physicians can be matched. */
  get size(): number {
    return this.live;
  }

  /** Adds or re-indexes one row; a soft-deleted or nameless row is removed. */
  put(row: KeyFields): void {
    const k = physicianKeys(row);
    if (!k) {
      this.remove(row.id);
      return;
    }
    let p = this.positionOf.get(row.id);
    if (p === undefined) {
      p = this.ids.length;
      this.ids.push(row.id);
      this.positionOf.set(row.id, p);
      this.live++;
    } else this.unindex(p);
    this.index(p, k);
  }

  /** Forgets one physician (its position stays empty). */
  remove(id: string): void {
    const p = this.positionOf.get(id);
    if (p === undefined) return;
    this.unindex(p);
    this.ids[p] = '';
    this.positionOf.delete(id);
    this.live--;
  }

  /** Record ids named in one block of text: one entry per mention and candidate. */
  idsInText(text: string): string[] {
    const out: string[] = [];
    for (const m of detectInBlock(text, this.keys))
      for (const p of m.positions) {
        const id = this.ids[p];
        if (id) out.push(id);
      }
    return out;
  }

  private index(p: number, k: RowKeys): void {
    this.raw.last[p] = k.last;
    this.raw.npi[p] = k.npi;
    this.keys.first[p] = k.first;
    this.keys.middle[p] = k.middle;
    const space = k.last.indexOf(' ');
    const head = space < 0 ? k.last : k.last.slice(0, space);
    let group = this.keys.byLastHead.get(head);
    if (!group) {
      group = { all: [], multi: [] };
      this.keys.byLastHead.set(head, group);
    }
    group.all.push(p);
    if (space >= 0) {
      group.multi.push(p);
      this.keys.lastRest.set(p, k.last.slice(space + 1).split(' '));
    }
    resetLazy(group);
    if (k.npi) this.keys.npi.set(k.npi, p);
  }

  private unindex(p: number): void {
    const last = this.raw.last[p] ?? '';
    const space = last.indexOf(' ');
    const head = space < 0 ? last : last.slice(0, space);
    const group = this.keys.byLastHead.get(head);
    if (group) {
      group.all = group.all.filter((x) => x !== p);
      group.multi = group.multi.filter((x) => x !== p);
      resetLazy(group);
      if (group.all.length === 0) this.keys.byLastHead.delete(head);
    }
    this.keys.lastRest.delete(p);
    const npi = this.raw.npi[p];
    if (npi && this.keys.npi.get(npi) === p) this.keys.npi.delete(npi);
    this.raw.last[p] = '';
    this.raw.npi[p] = '';
    this.keys.first[p] = '';
    this.keys.middle[p] = '';
  }
}

// First-name sub-indexes are rebuilt on next use after the group changed.
function resetLazy(group: LastNameGroup): void {
  delete group.byFirst;
  delete group.byInitial;
}
