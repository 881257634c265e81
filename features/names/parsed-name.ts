/** A person's name read from selected text, in the physician record's own fields. */
export interface ParsedName {
  /** Titles before the name in stored form: "Dr.", "Mr.", "Rev. Dr.". */
  prefix: string;
  first: string;
  /** Every given name after the first, as written ("Q.", "Ann Marie"). */
  middle: string;
  /** The whole family name with its particles ("de la Cruz", "van der Berg", "García-López"). */
  last: string;
  /** Generational suffix only ("Jr.", "III"); degrees go to `credentials`. */
  suffix: string;
  /** Normalised credentials in the order written: ["MD", "PhD", "FACC"]. */
  credentials: string[];
  /** Present only when the text held a 10-digit NPI with a valid check digit. */
  npi?: string;
}

/** The same name with first and family name exchanged, for the form's "swap" button ("Smith Jane" read the wrong way). */
export function swapFirstLast(name: ParsedName): ParsedName {
  return { ...name, first: name.last, last: name.first };
}
