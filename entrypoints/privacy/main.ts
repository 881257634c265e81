import { applyDocumentLanguage, isMessageKey, t } from '../../locales/i18n';

// The policy is static HTML (English, readable without script); each marked element takes its text from the
// catalogue in the UI language (docs/I18N.md).
applyDocumentLanguage(t('privacy.title'));
for (const el of document.querySelectorAll<HTMLElement>('[data-i18n]')) {
  const key = el.dataset.i18n ?? '';
  if (isMessageKey(key)) el.textContent = t(key);
}
