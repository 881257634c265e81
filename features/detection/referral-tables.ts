import { personalHeader, providerWords } from './physician-cue';

/**
 * Content script: the referral-queue tables of a page, read from their header cells. A table counts when its
 * headers name a referring provider and a status. Only the columns a referral needs are read (provider, status,
 * service, reference); a patient column, or any column whose header names a person's own details, is never read,
 * so the patient's name stays in the page. Which column is which is decided by the extension side (per portal).
 */
export interface TableRows {
  /** Header text per column (every column, so the extension side can map them). */
  headers: string[];
  /** Per row: its id in the page (data-row-id, id, or "" when none) and the text of the readable cells (null: never read). */
  rows: Array<[string, Array<string | null>]>;
}

const maxRows = 500;
/** An element's text, spaces folded, cut at `max` characters (the message schema's limits). */
const textOf = (el: Element, max: number) => (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, max);

/** The referral-queue tables of a document (at most 10 tables, 500 rows each). */
export function readReferralTables(doc: Document): TableRows[] {
  const out: TableRows[] = [];
  for (const table of doc.querySelectorAll('table')) {
    // Own rows only (a nested table is read as its own table); selectors, not tHead/rows, which not every DOM has.
    const own = table.querySelectorAll<HTMLTableRowElement>(':scope>*>tr,:scope>tr');
    const headerRow = own[0];
    if (!headerRow) continue;
    const cellsOf = (row: Element) => row.querySelectorAll(':scope>*');
    const headers = Array.from(cellsOf(headerRow), (cell) => textOf(cell, 100));
    if (!headers.some((h) => providerWords.test(h)) || !headers.some((h) => /status/i.test(h))) continue;
    // A provider header that also says "name" ("Referring provider name") is still the provider's.
    const readable = headers.map((h) => providerWords.test(h) || !personalHeader.test(h));
    const rows: TableRows['rows'] = [];
    for (const row of Array.from(own).slice(1, maxRows + 1)) {
      const cells = Array.from(cellsOf(row), (cell, i) => (readable[i] ? textOf(cell, 200) : null));
      rows.push([(row.dataset.rowId ?? row.id ?? '').slice(0, 100), cells]);
    }
    out.push({ headers, rows });
    if (out.length >= 10) break;
  }
  return out;
}
