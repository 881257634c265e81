/** Folds a name for matching: lower case, accents removed, punctuation dropped. */
export function foldName(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s-]+/gu, '')
    .trim();
}

/** Index tokens for a person's name: each folded part, plus hyphen-joined parts split ("garcía-lópez" → also "lopez"). */
export function nameTokens(parts: { first?: string; middle?: string; last?: string }): string[] {
  const tokens = new Set<string>();
  for (const part of [parts.first, parts.middle, parts.last]) {
    if (!part) continue;
    const folded = foldName(part);
    for (const word of folded.split(/\s+/)) {
      if (!word) continue;
      tokens.add(word);
      if (word.includes('-')) for (const piece of word.split('-')) if (piece) tokens.add(piece);
    }
  }
  return [...tokens];
}
