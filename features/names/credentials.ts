/**
 * Professional credentials after a name (MD, DO, PhD, PA-C, FACC…), spelled any way NPPES and EHRs spell them.
 * Keys are the credential with dots, spaces and case removed; values are the form Rounds stores.
 */
const canonicalForms = `
  // Physicians and doctorates
  MD DO MBBS MBChB MBBCh PhD PsyD EdD DrPH ScD DNP DPM DDS DMD OD DC PharmD AuD DPT OTD DVM DSW JD MC
  // Physician assistants, nurses, advanced practice
  PA PA-C PA-S NP NP-C APN APRN ARNP CNP CRNP FNP FNP-C FNP-BC CFNP ANP ANP-BC AGNP AGNP-C ACNP AGACNP
  AGACNP-BC GNP PNP CPNP PMHNP PMHNP-BC WHNP WHCNP CNM CNS CRNA RN RN-C BSN MSN LPN LVN CCRN RNFA CSFA
  // Therapy, pharmacy, behavioural health, audiology
  PT MPT OT OTR SLP CCC-SLP CCC-SP CCC-A MA-CCC RPh BCPS BCPP PhC LCSW LICSW LMSW MSW LMFT LPC LMHC HSPP BCBA
  RD RDN LD CDE CDCES ATC
  // Degrees commonly listed
  MPH MBA MHA MS MSc MA MFA MEd MPAS MMSc MHS BS BA BSc
  // Fellowships and boards
  FACC FACS FACP FAAP FAAFP FACOG FACEP FCCP FASN FAHA FSCAI FHRS FACG FACE FACR FAAN FASA FAANS FAAOS FACOS
  FAAD FAAA FRCPC FRCSC FRCS FRCP MRCP DABR FASCO FAAO FAANP FAPA FIDSA FCAP FASE FSVM FACFAS DABFM DABIM
  // Non-clinical ones that still appear after names
  CPA CFP CLU ChFC LUTC Esq
`
  .split('\n')
  .filter((line) => !line.trim().startsWith('//'))
  .join(' ')
  .split(/\s+/)
  .filter(Boolean);

const byKey = new Map(canonicalForms.map((form) => [credentialKey(form), form]));
// Other spellings that fold to a different key than their canonical form.
for (const [alias, form] of [
  ['PAC', 'PA-C'],
  ['FNPC', 'FNP-C'],
  ['NPC', 'NP-C'],
  ['RNC', 'RN-C'],
  ['PHARMD', 'PharmD'],
  ['MBCHB', 'MBChB'],
  ['ESQUIRE', 'Esq'],
] as const) {
  byKey.set(alias, form);
}

/** Case, dots and spaces removed: "M. D." and "m.d" both become "MD"; hyphens and slashes stay. */
function credentialKey(text: string): string {
  return text.replace(/[.\s]+/g, '').toUpperCase();
}

/** The stored form of one credential ("M. D." → "MD", "Ph.D." → "PhD"), or null when it is not one. */
export function normalizeCredential(token: string): string | null {
  const key = credentialKey(token);
  if (!key || key.length > 12) return null;
  return byKey.get(key) ?? null;
}

/** Credentials that are also common words or surnames ("Do", "Ma", "Ms"): only trusted in a credential position. */
export const ambiguousCredentials = new Set([
  'DO',
  'MA',
  'MS',
  'OD',
  'PA',
  'DC',
  'PT',
  'OT',
  'RD',
  'LD',
  'BS',
  'BA',
  'MC',
]);

/** A token that looks like an unlisted abbreviated degree ("Msc.Ed.", "B.C.P.S."): letter groups each ending in a dot. */
export function looksLikeDottedDegree(token: string): boolean {
  // Single letters with dots ("J.R.") are initials, not degrees, unless listed above.
  return /^(\p{L}{1,4}\.){2,5}$/u.test(token) && /\p{L}{2}/u.test(token);
}

/**
 * Every credential in an NPPES-style credential field ("M.D., M.P.H.", "RN,C,MSN,CRNP", "MS CCC-A FAAA").
 * Unknown pieces are kept in their written form so nothing typed is lost; `unknown` lists them.
 */
export function normalizeCredentialList(text: string): { credentials: string[]; unknown: string[] } {
  const credentials: string[] = [];
  const unknown: string[] = [];
  // "RN,C" is how NPPES registrants often write RN-C (certified).
  const field = text.slice(0, 200).replace(/\bRN\s*,\s*C\b(?!-)/gi, 'RN-C');
  for (const piece of field.split(/[,;/|]+|\s+(?!\p{L}\.)/u)) {
    const trimmed = piece.trim();
    if (!trimmed) continue;
    const form = normalizeCredential(trimmed);
    if (form) {
      if (!credentials.includes(form)) credentials.push(form);
    } else {
      unknown.push(trimmed);
      credentials.push(trimmed.replace(/\.+$/, ''));
    }
  }
  return { credentials, unknown };
}
