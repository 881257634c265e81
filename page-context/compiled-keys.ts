import type { MatchKeys } from './match-keys';

/** Match keys indexed for look-ups on the page side (built once per generation, in the content script). */
export interface CompiledMatchKeys {
  generation: number;
  /** First word of the folded last name → positions of physicians with that last name. */
  byLastHead: Map<string, number[]>;
  /** Remaining last-name words, for multi-word last names only. */
  lastRest: Map<number, string[]>;
  first: string[];
  middle: string[];
  npi: Map<string, number>;
}

/** Indexes posted match keys: one pass, a Map by last-name head word. */
export function compileMatchKeys(keys: MatchKeys): CompiledMatchKeys {
  const byLastHead = new Map<string, number[]>();
  const lastRest = new Map<number, string[]>();
  for (let i = 0; i < keys.last.length; i++) {
    const last = keys.last[i] as string;
    const space = last.indexOf(' ');
    const head = space < 0 ? last : last.slice(0, space);
    if (space >= 0) lastRest.set(i, last.slice(space + 1).split(' '));
    const list = byLastHead.get(head);
    if (list) list.push(i);
    else byLastHead.set(head, [i]);
  }
  return {
    generation: keys.generation,
    byLastHead,
    lastRest,
    first: keys.first,
    middle: keys.middle,
    npi: new Map(Object.entries(keys.npi)),
  };
}
