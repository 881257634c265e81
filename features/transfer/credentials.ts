/**
 * Credential text from rosters ("M.D.", "M. D.", "MD, PHD", "PHARM.D.") as the list the physician schema keeps.
 * Deliberately small: features/names/parse-name.ts may absorb it later.
 */
const mixedCase: Record<string, string> = {
  PHD: 'PhD',
  PHARMD: 'PharmD',
  AUD: 'AuD',
  PSYD: 'PsyD',
  EDD: 'EdD',
  DRPH: 'DrPH',
  SCD: 'ScD',
  DSC: 'DSc',
  MSC: 'MSc',
  BSC: 'BSc',
  MBCHB: 'MBChB',
  RPH: 'RPh',
};

/** Honorifics that rosters put in the same cell as credentials (NPPES "prefix" lists). */
const honorifics = new Set(['DR', 'MR', 'MRS', 'MS', 'MISS', 'PROF', 'MX']);

/** Splits credential text into normalised credentials: `"M.D., PH.D."` → `['MD', 'PhD']`. */
export function normaliseCredentials(text: string): string[] {
  const out: string[] = [];
  // "M. D." and "O. D." are one credential written with spaces: close the gaps between dotted letters first.
  const closed = text.toUpperCase().replace(/\b([A-Z])\.\s+(?=[A-Z]\b\.?)/g, '$1.');
  for (const raw of closed.split(/[,;/|]+|\s+/)) {
    const token = raw.replace(/\./g, '').replace(/^-+|-+$/g, '');
    if (!token || !/[A-Z]/.test(token)) continue;
    const credential = mixedCase[token] ?? token;
    if (!out.includes(credential)) out.push(credential);
  }
  return out.slice(0, 20).map((c) => c.slice(0, 20));
}

/** Separates a mixed "DR.|M.D." cell into an honorific prefix and credentials. */
export function splitPrefixAndCredentials(text: string): { prefix: string; credentials: string[] } {
  let prefix = '';
  const rest: string[] = [];
  for (const part of text.split('|')) {
    const bare = part.trim().replace(/\.$/, '').toUpperCase();
    if (!prefix && honorifics.has(bare)) prefix = `${bare[0]}${bare.slice(1).toLowerCase()}.`.replace('Miss.', 'Miss');
    else rest.push(part);
  }
  return { prefix, credentials: normaliseCredentials(rest.join(',')) };
}
