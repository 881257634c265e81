import type { MatchKeys } from '../../messaging/content-commands';

/** Physicians sharing the first word of a last name. Sub-indexes by first name are built on first use. */
export interface LastNameGroup {
  all: number[];
  /** Those whose last name has more words ("garcia lopez"): checked one by one, they are few. */
  multi: number[];
  byFirst?: Map<string, number[]>;
  byInitial?: Map<string, number[]>;
}

/** Match keys indexed for look-ups on the page side (built once per generation, in the content script). */
export interface CompiledMatchKeys {
  generation: number;
  /** First word of the folded last name → the physicians who have it. */
  byLastHead: Map<string, LastNameGroup>;
  /** Remaining last-name words, for multi-word last names only. */
  lastRest: Map<number, string[]>;
  first: string[];
  middle: string[];
  npi: Map<string, number>;
}

/** Indexes posted match keys: one pass, a Map by last-name head word. */
export function compileMatchKeys(keys: MatchKeys): CompiledMatchKeys {
  const byLastHead = new Map<string, LastNameGroup>();
  const lastRest = new Map<number, string[]>();
  const npi = new Map<string, number>();
  for (let i = 0; i < keys.last.length; i++) {
    const last = keys.last[i] as string;
    const space = last.indexOf(' ');
    const head = space < 0 ? last : last.slice(0, space);
    let group = byLastHead.get(head);
    if (!group) {
      group = { all: [], multi: [] };
      byLastHead.set(head, group);
    }
    group.all.push(i);
    if (space >= 0) {
      lastRest.set(i, last.slice(space + 1).split(' '));
      group.multi.push(i);
    }
    if (keys.npi[i]) npi.set(keys.npi[i] as string, i);
  }
  return { generation: keys.generation, byLastHead, lastRest, first: keys.first, middle: keys.middle, npi };
}

// Small groups are scanned; large ones ("smith" in a big directory) get a Map on first use.
const scanLimit = 8;

/** Positions in the group whose folded first name is `first`. */
export function withFirst(keys: CompiledMatchKeys, group: LastNameGroup, first: string): readonly number[] {
  if (group.all.length <= scanLimit) return group.all.filter((p) => keys.first[p] === first);
  group.byFirst ??= groupBy(group.all, (p) => keys.first[p] as string);
  return group.byFirst.get(first) ?? [];
}

/** Positions in the group whose first name starts with the letter `initial`. */
export function withInitial(keys: CompiledMatchKeys, group: LastNameGroup, initial: string): readonly number[] {
  if (group.all.length <= scanLimit) return group.all.filter((p) => keys.first[p]?.[0] === initial);
  group.byInitial ??= groupBy(group.all, (p) => keys.first[p]?.[0] ?? '');
  return group.byInitial.get(initial) ?? [];
}

function groupBy(positions: readonly number[], key: (p: number) => string): Map<string, number[]> {
  const map = new Map<string, number[]>();
  for (const p of positions) {
    const k = key(p);
    const list = map.get(k);
    if (list) list.push(p);
    else map.set(k, [p]);
  }
  return map;
}
