const collator = new Intl.Collator(uiLocale(), { sensitivity: 'base', numeric: true });

import { uiLocale } from '../../locales/i18n';

/** Orders labels for people (accents and case folded); one shared collator, as creating one per call is slow. */
export const compareText = (a: string, b: string): number => collator.compare(a, b);
