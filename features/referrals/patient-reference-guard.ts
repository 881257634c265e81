import { t } from '../../locales/i18n';
/** Kinds of patient identifier that do not belong in Rounds. */
export type PatientIdentifierKind = 'full-name' | 'date-of-birth' | 'ssn';

export interface PatientReferenceWarning {
  kind: PatientIdentifierKind;
  /** Where in the text, so the UI can highlight it without echoing it elsewhere. */
  start: number;
  end: number;
  message: string;
}

/** Why Rounds asks for a minimal reference; shown beside the warnings. */
export const whyMinimalReference = t('referrals.whyMinimalReference');

const messages: Record<PatientIdentifierKind, string> = {
  'full-name': t('referrals.thisLooksLikeAPatient'),
  'date-of-birth': t('referrals.thisLooksLikeADate'),
  ssn: t('referrals.thisLooksLikeASocial'),
};

// Capitalised words that often start or fill a note and are not names.
const notNames = new Set(
  (
    'dr doctor patient pt mr mrs ms the this that these and for with from new follow up called call seen sent ' +
    'referred referral report office clinic hospital center centre health medical group dept department service ' +
    'cardiology oncology orthopedics ortho neurology radiology imaging surgery primary care urgent emergency ' +
    'january february march april may june july august september october november december ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday ' +
    'mon tue wed thu fri sat sun mrn dob ssn id ref no ed er icu pcp md do np pa rn'
  ).split(' '),
);

const word = "\\p{Lu}[\\p{Ll}'’-]+";
const capsWord = '\\p{Lu}{2,}';
// Lookaheads so overlapping candidates are all tried ("Called John Smith" → "John Smith").
const candidate = (body: string) => new RegExp(`(?<![\\p{L}])(?=(${body}))`, 'gu');
const namePatterns: RegExp[] = [
  candidate(`(?:Mr|Mrs|Ms|Miss|Mx)\\.?\\s+${word}`),
  candidate(`${word}(?:\\s+\\p{Lu}\\.?)?\\s+${word}`),
  candidate(`${word},\\s*${word}`),
  candidate(`${capsWord}(?:,\\s*|\\s+)${capsWord}(?![\\p{L}])`),
];
const ssnPatterns: RegExp[] = [
  /\b\d{3}([- ])\d{2}\1\d{4}\b/g,
  /\b(?:ssn|social\s+security(?:\s+(?:number|no\.?))?)\s*[:#]?\s*\d{9}\b/gi,
];
const dobLabel = /\b(?:dob|d\.o\.b\.?|date\s+of\s+birth|birth\s*date|born)(?![\p{L}])/giu;
const datePatterns: RegExp[] = [
  /\b\d{1,2}[/.-]\d{1,2}[/.-](\d{4}|\d{2})\b/g,
  /\b(\d{4})-\d{2}-\d{2}\b/g,
  /\b(?:\d{1,2}\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(?:\d{1,2},?\s+)?(\d{4})\b/gi,
];

/**
 * Warnings for text that looks like a full name, a date of birth or an SSN (initials and MRN-like refs pass).
 * A dated phrase is taken as a birth date when labelled (DOB, born) or when its year is 2+ years before `now`,
 * so recent visit dates in notes do not warn.
 */
export function checkPatientReference(text: string, now: Date = new Date()): PatientReferenceWarning[] {
  const found: PatientReferenceWarning[] = [];
  const add = (kind: PatientIdentifierKind, start: number, end: number) => {
    if (found.some((w) => w.kind === kind && start < w.end && end > w.start)) return;
    found.push({ kind, start, end, message: messages[kind] });
  };
  for (const pattern of ssnPatterns) for (const m of text.matchAll(pattern)) add('ssn', m.index, m.index + m[0].length);
  for (const m of text.matchAll(dobLabel)) add('date-of-birth', m.index, m.index + m[0].length);
  const thisYear = now.getUTCFullYear();
  for (const pattern of datePatterns) {
    for (const m of text.matchAll(pattern)) {
      if (found.some((w) => w.kind === 'ssn' && m.index < w.end && m.index + m[0].length > w.start)) continue;
      const end = m.index + m[0].length;
      // A date right after a DOB label joins the label's warning, whatever its year (babies too).
      const label = found.find((w) => w.kind === 'date-of-birth' && w.end <= m.index && m.index - w.end <= 4);
      if (label) label.end = Math.max(label.end, end);
      else if (fullYear(m[1] ?? '', thisYear) <= thisYear - 2) add('date-of-birth', m.index, end);
    }
  }
  for (const pattern of namePatterns) {
    for (const m of text.matchAll(pattern)) {
      const name = m[1] ?? '';
      if (looksLikeName(name, text.slice(Math.max(0, m.index - 4), m.index))) {
        add('full-name', m.index, m.index + name.length);
      }
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

function fullYear(digits: string, thisYear: number): number {
  const n = Number(digits);
  if (digits.length === 4) return n;
  // Two-digit years: the most recent century that does not put the date in the future.
  return n <= thisYear % 100 ? 2000 + n : 1900 + n;
}

function looksLikeName(match: string, before: string): boolean {
  if (/^(?:Mr|Mrs|Ms|Miss|Mx)\b/u.test(match)) return true;
  // A physician's name after "Dr" is not a patient's.
  if (/\bDr\.?\s*$/iu.test(before)) return false;
  const words = match.split(/[\s,]+/u).filter((w) => w.replace(/\.$/u, '').length > 1);
  return words.length >= 2 && words.every((w) => !notNames.has(w.toLowerCase()));
}

/** Initials such as "J.D.", "JD" or "j. d." (2–3 capitals without dots, up to 4 letters with dots). */
export function looksLikeInitials(ref: string): boolean {
  const t = ref.trim();
  return /^\p{Lu}{1,3}$/u.test(t) || /^(?:\p{L}\.\s?){1,4}$/u.test(t);
}

/** An MRN or account-style reference: an optional label, up to 3 letters, then 4–12 digits. */
export function looksLikeReferenceNumber(ref: string): boolean {
  return /^(?:(?:mrn|ref|acct|id)\.?\s*[:#]?\s*|#\s*)?[a-z]{0,3}-?\d{4,12}$/i.test(ref.trim());
}

/** The patient reference as it may appear in generated text, or `null` when only "your patient" is safe. */
export function safePatientLabel(ref: string, now: Date = new Date()): string | null {
  const t = ref.trim();
  if (!t || checkPatientReference(t, now).length > 0) return null;
  return looksLikeInitials(t) || looksLikeReferenceNumber(t) ? t : null;
}
