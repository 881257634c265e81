import { t } from '../../locales/i18n';
/** A rough strength hint (bits from length and character classes), not a guarantee: shown while typing. */
export function passphraseStrength(passphrase: string): { bits: number; hint: string } {
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^a-zA-Z0-9]/].filter((r) => r.test(passphrase)).length;
  const pool = [0, 26, 52, 62, 94][classes] ?? 94;
  const words = passphrase.trim().split(/\s+/).filter(Boolean).length;
  const bits = Math.round(
    Math.max(passphrase.length * Math.log2(Math.max(pool, 2)) * 0.5, words >= 4 ? words * 11 : 0),
  );
  if (passphrase.length < 8) return { bits, hint: t('encryption.tooShortUseAtLeast') };
  if (bits < 40) return { bits, hint: t('encryption.weakAddWordsOrCharacters') };
  if (bits < 60) return { bits, hint: t('encryption.fairAFewMoreWords') };
  return { bits, hint: t('encryption.strong') };
}
