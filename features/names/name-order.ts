import { isCommonFirstName } from './first-names';
import { isInitial } from './name-tags';
import { isParticle } from './name-words';

/** Name words split into given and family names. */
export interface NameOrder {
  first: string;
  middle: string[];
  last: string[];
}

// After "Van" these are family names, so "Anh Van Nguyen" keeps Van as a middle name, not "Van Nguyen".
// Family names common enough that "Sangbock Kim" must not be read as family-name-first.
const familyNamesAlsoGiven = new Set(
  'kim lee james thomas scott allen kelly morgan ross howard russell grant douglas henry george lewis martin wallace graham marshall warren wells young king jordan taylor'.split(
    ' ',
  ),
);

const vietnameseFamilyNames = new Set(
  'nguyen tran le pham hoang huynh phan vu vo dang bui do ho ngo duong ly truong dinh lam mai trinh'.split(' '),
);

/** Where the family name starts in natural order: at the last particle run ("van Beethoven", "de la dos Vega"). */
function familyNameStart(words: string[]): number {
  const n = words.length;
  for (let p = n - 2; p >= 1; p--) {
    const word = words[p] ?? '';
    if (!isParticle(word)) continue;
    const next = (words[p + 1] ?? '').toLowerCase();
    if (/^van$/i.test(word) && vietnameseFamilyNames.has(next)) continue;
    // "Y" right after the given name is an initial ("KRISTIE Y KIM"), not a joiner.
    if (/^[ye]$/i.test(word) && p < 2) continue;
    let start = p;
    // Spanish "y" joins two family names: "de Lorenzo y Gutierez".
    if (/^[ye]$/i.test(word) && start > 1) start--;
    while (start > 1 && isParticle(words[start - 1] ?? '')) start--;
    return start;
  }
  return n - 1;
}

/** Reads name words written without a comma: "Jane Q. Smith", or EHR-style "SMITH JANE Q" when only that reads as a given name. */
export function readNaturalOrder(words: string[]): NameOrder {
  const [w0 = '', w1 = '', w2 = ''] = words;
  if (words.length === 1) return { first: '', middle: [], last: [w0] };
  const familyFirst =
    (words.length === 2 || (words.length === 3 && isInitial(w2))) &&
    isCommonFirstName(w1) &&
    !familyNamesAlsoGiven.has(w1.toLowerCase()) &&
    !isCommonFirstName(w0) &&
    !isParticle(w0) &&
    !isInitial(w0);
  if (familyFirst) return { first: w1, middle: words.slice(2), last: [w0] };
  const start = familyNameStart(words);
  return { first: w0, middle: words.slice(1, start), last: words.slice(start) };
}

/** Reads "Family, Given Middle" parts. */
export function readCommaOrder(familyWords: string[], givenWords: string[]): NameOrder {
  return { first: givenWords[0] ?? '', middle: givenWords.slice(1), last: familyWords };
}
