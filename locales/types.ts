/** A message with plural forms, chosen by `Intl.PluralRules` of the UI language (CLDR categories). */
export type Plural = { one?: string; two?: string; few?: string; many?: string; other: string; zero?: string };

/** One area of a catalogue: key → text (placeholders as `{name}`) or plural forms. */
export type Messages = Record<string, string | Plural>;

/** A translation of an English area: the same keys, a string for a string and plural forms for plural forms. */
export type Translation<T extends Messages> = { [K in keyof T]: T[K] extends string ? string : Plural };
