import { isLowerCaseParticle } from './name-words';

// "MAC" alone starts many names that are not Mac+Name (Mack, Macy, Machado): only these get the inner capital.
const macNames = new Set([
  'macarthur',
  'macaulay',
  'macdonald',
  'macdougall',
  'macgregor',
  'macintosh',
  'macintyre',
  'mackay',
  'mackenzie',
  'mackinnon',
  'maclean',
  'macleod',
  'macmillan',
  'macneil',
  'macpherson',
  'macrae',
]);

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** One hyphen-free piece: "o'brien" → "O'Brien", "mcdonald" → "McDonald". */
function casePiece(lower: string): string {
  if (/^[dlo]['’]\p{L}/u.test(lower))
    return lower.charAt(0).toUpperCase() + lower.charAt(1) + capitalise(lower.slice(2));
  if (/^mc\p{L}{2}/u.test(lower)) return `Mc${capitalise(lower.slice(2))}`;
  if (macNames.has(lower)) return `Mac${capitalise(lower.slice(3))}`;
  return capitalise(lower);
}

/**
 * Sensible case for one word of a name given in ALL CAPS. `inFamilyName` words that are particles stay lower case
 * ("DE LA CRUZ" → "de la Cruz"); a given name like "Van" keeps its capital.
 */
export function recaseWord(word: string, inFamilyName: boolean): string {
  const lower = word.toLowerCase();
  if (inFamilyName && isLowerCaseParticle(lower)) return lower;
  return lower
    .split('-')
    .map((piece) => (piece ? casePiece(piece) : piece))
    .join('-');
}

/** True when a text has letters and none of them is lower case ("SMITH, JANE Q"). */
export function isAllCaps(text: string): boolean {
  return /\p{Lu}/u.test(text) && !/\p{Ll}/u.test(text);
}

/** Recases a whole family name from ALL CAPS; the first word keeps a capital unless it is a particle. */
export function recaseFamilyName(words: string[]): string[] {
  return words.map((w, i) => recaseWord(w, i < words.length - 1));
}
