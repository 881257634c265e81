import type { CompiledMatchKeys } from './compiled-keys';
import { matchNameAt } from './name-forms';
import { tokenise } from './page-tokens';

export type { CompiledMatchKeys } from './compiled-keys';
export { compileMatchKeys } from './compiled-keys';

/** One place a directory physician is named: offsets into the block's text. */
export interface Mention {
  /** Opaque positions in the match keys; more than one when the page text cannot tell them apart. */
  positions: number[];
  start: number;
  end: number;
}

/** Mentions found in a list of text blocks: counts per position, and each mention with its block. */
export interface Detection {
  counts: Map<number, number>;
  mentions: Array<Mention & { block: number }>;
}

/**
 * Finds directory physicians named in one block of text (a name never spans blocks).
 * Linear: one tokenising pass, one Map look-up per token, a bounded look-around at last-name hits.
 */
export function detectInBlock(text: string, keys: CompiledMatchKeys): Mention[] {
  const tokens = tokenise(text);
  const mentions: Mention[] = [];
  let blockWords: Set<string> | undefined;
  const wordsOfBlock = () => {
    blockWords ??= new Set(tokens.folded.slice(0, tokens.count));
    return blockWords;
  };
  let consumed = -1;
  for (let j = 0; j < tokens.count; j++) {
    const word = tokens.folded[j] as string;
    const group = keys.byLastHead.get(word);
    if (group) {
      const found = matchNameAt(text, tokens, j, consumed, group, keys, wordsOfBlock);
      if (found) {
        mentions.push({ positions: found.positions, start: found.start, end: found.end });
        consumed = found.lastToken;
        j = found.lastToken;
      }
      continue;
    }
    if (word.length === 10) {
      const position = keys.npi.get(word);
      if (position !== undefined) {
        mentions.push({ positions: [position], start: tokens.start[j] as number, end: tokens.end[j] as number });
      }
    }
  }
  return mentions;
}

/** Finds directory physicians in a text or in separate text blocks (e.g. text-node strings). */
export function detectPhysicians(text: string | Iterable<string>, keys: CompiledMatchKeys): Detection {
  const detection: Detection = { counts: new Map(), mentions: [] };
  let block = 0;
  for (const blockText of typeof text === 'string' ? [text] : text) {
    for (const mention of detectInBlock(blockText, keys)) {
      detection.mentions.push({ ...mention, block });
      addCounts(detection.counts, mention.positions);
    }
    block++;
  }
  return detection;
}

/** Adds one to each position's count. */
export function addCounts(counts: Map<number, number>, positions: readonly number[]): void {
  for (const p of positions) counts.set(p, (counts.get(p) ?? 0) + 1);
}
