import { ImportError } from '../transfer/import-error';

/** Issues listed in full before "and N more", as the JSON import does. */
const maxListed = 20;

/** Collects problems naming their place; `throwIfAny` refuses the file with all of them (nothing is written). */
export function issueList() {
  const listed: string[] = [];
  let count = 0;
  return {
    add(issue: string) {
      if (count++ < maxListed) listed.push(issue);
    },
    throwIfAny() {
      if (count === 0) return;
      const issues = count > maxListed ? [...listed, `… and ${count - maxListed} more problems`] : listed;
      throw new ImportError(
        'invalid-records',
        `This FHIR file has ${count} problem${count === 1 ? '' : 's'}; nothing was imported. ${listed[0]}`,
        issues,
      );
    },
  };
}
