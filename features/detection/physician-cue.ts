/**
 * A cheap test for "this block may name a physician": a credential after a name (MD, DO, NP, PA-C, MBBS…), a
 * "Dr." title, a 10-digit NPI, or a provider label (Referring provider, Ordering physician, PCP, Attending…).
 * The content script uses it in keys mode to pick the few blocks worth sending; it imports nothing (no zod).
 */
const nameCue =
  /(?:^|[\s,(])(?:M\.?D|D\.?O|NP|PA-C|MBBS|DNP|APRN|FNP|CRNP|DPM)\b|\bDrs?\.? \p{Lu}|(?<!\d)\d{10}(?!\d)/u;
/** Words of a provider label or column header ("Referring provider", "Ordering physician", "PCP", "Attending"). */
export const providerWords = /referr|ordering|attending|rendering|pcp\b|primary care|physician|provider/i;

/** Headers of table columns that hold a patient's own details (never read as a provider, never sent by rows). */
export const personalHeader = /patient|name|dob|birth|mrn|member|ssn|address|phone|guarantor|contact/i;

/** Text mode: starts the text of a block that is a patient-column cell (matched, never read for new providers). */
export const patientCellMark = '\u0001';

/** Whether a block is a table cell under a patient or personal-details header: a row's patient is never a provider. */
export function inPatientColumn(block: Element | ShadowRoot): boolean {
  const cell = block as HTMLTableCellElement;
  if (cell.cellIndex === undefined) return false;
  const header = cell.closest('table')?.querySelector('tr')?.children[cell.cellIndex];
  const text = header && header !== cell ? (header.textContent ?? '') : '';
  return personalHeader.test(text) && !providerWords.test(text);
}

/** Whether a block of page text carries any physician cue (false for most blocks of a page). */
export function hasPhysicianCue(text: string): boolean {
  return nameCue.test(text) || providerWords.test(text);
}
