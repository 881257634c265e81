import { t } from '../../locales/i18n';
/** What went wrong with a registry request; each kind has its own message for the user. */
export type RegistryErrorKind =
  | 'invalid-request'
  | 'no-results'
  | 'api-error'
  | 'rate-limited'
  | 'server-error'
  | 'http-error'
  | 'network'
  | 'timeout'
  | 'malformed';

/** One entry of the registry's `Errors` body: `{ field, number, description }`. */
export interface RegistryApiIssue {
  field: string;
  number: string;
  description: string;
}

/** A failed registry look-up. `kind` says which failure; the other fields are set where they apply. */
export class RegistryError extends Error {
  override readonly name = 'RegistryError';

  constructor(
    readonly kind: RegistryErrorKind,
    message: string,
    readonly details: {
      status?: number;
      /** Seconds from a 429's Retry-After header, when it sent one. */
      retryAfterSeconds?: number;
      issues?: RegistryApiIssue[];
      cause?: unknown;
    } = {},
  ) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
  }
}

/** True for a RegistryError, optionally of one kind. */
export function isRegistryError(error: unknown, kind?: RegistryErrorKind): error is RegistryError {
  return error instanceof RegistryError && (kind === undefined || error.kind === kind);
}

/** Words for the user, per kind. */
export const registryErrorMessages: Record<RegistryErrorKind, string> = {
  'invalid-request': t('registry.theSearchNeedsAValid'),
  'no-results': t('registry.theNpiRegistryHasNo'),
  'api-error': t('registry.theNpiRegistryDidNot'),
  'rate-limited': t('registry.theNpiRegistryIsBusy'),
  'server-error': t('registry.theNpiRegistryIsHaving'),
  'http-error': t('registry.theNpiRegistryRefusedThe'),
  network: t('registry.theNpiRegistryCannotBe'),
  timeout: t('registry.theNpiRegistryTookToo'),
  malformed: t('registry.theNpiRegistrySentAn'),
};
