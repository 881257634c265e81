import type { z } from 'zod';

/** A write or an input that did not pass its schema; `issues` name the place, e.g. `npi: wrong check digit`. */
export class ValidationError extends Error {
  constructor(
    readonly issues: string[],
    readonly where = '',
  ) {
    super(issues.join('; '));
    this.name = 'ValidationError';
  }
}

/** Formats a zod path as a readable place: `outreach[1532].at`. */
export function formatPath(path: readonly PropertyKey[], prefix = ''): string {
  let out = prefix;
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out;
}

export function issuesOf(error: z.ZodError, prefix = ''): string[] {
  return error.issues.map((issue) => {
    const place = formatPath(issue.path, prefix);
    return place ? `${place}: ${issue.message}` : issue.message;
  });
}

/** Parses or throws a ValidationError naming each wrong field. */
export function parseOrThrow<S extends z.ZodType>(schema: S, value: unknown, prefix = ''): z.output<S> {
  const result = schema.safeParse(value);
  if (!result.success) throw new ValidationError(issuesOf(result.error, prefix), prefix);
  return result.data;
}
