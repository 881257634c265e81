import { ValidationError } from '../../storage/validation';

export type ImportProblem =
  | 'too-large'
  | 'encoding'
  | 'empty'
  | 'not-json'
  | 'truncated'
  | 'not-rounds'
  | 'newer-version'
  | 'unknown-version'
  | 'forbidden-key'
  | 'invalid-records'
  | 'changed-since-preview';

/** Why a file cannot be imported; `message` is written for the user, `issues` name each place. */
export class ImportError extends ValidationError {
  constructor(
    readonly problem: ImportProblem,
    message: string,
    issues: string[] = [],
  ) {
    super(issues.length ? issues : [message], 'import');
    this.name = 'ImportError';
    this.message = message;
  }
}
