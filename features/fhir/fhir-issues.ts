import { tn } from '../../locales/i18n';
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
      const issues = count > maxListed ? [...listed, tn('transfer.moreProblems', count - maxListed)] : listed;
      throw new ImportError('invalid-records', tn('fhir.fileProblems', count, { first: listed[0] ?? '' }), issues);
    },
  };
}
