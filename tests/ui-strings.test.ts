import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findUiLiterals } from './i18n/ui-literals';
import { sourceFiles } from './structure/import-graph';

/**
 * Every text a person reads comes from the catalogue (locales/, docs/I18N.md), never from a literal in a
 * component. The e2e-only bench and fault-lab pages are developer tools (not shipped in store builds) and stay
 * English.
 */
const components = sourceFiles().filter(
  (f) =>
    /^(entrypoints|components)\/.*\.tsx$/.test(f) &&
    !/\.test\.tsx$/.test(f) &&
    !/^entrypoints\/(bench|fault-lab)\//.test(f),
);

describe('UI strings come from the catalogue', () => {
  it('finds no JSX text, text prop or rendered string literal in a component', () => {
    const found = components.flatMap((f) =>
      findUiLiterals(readFileSync(f, 'utf8')).map((x) => `${f}:${x.line} ${JSON.stringify(x.text)}`),
    );
    expect(found).toEqual([]);
  });

  it('catches each kind of literal (the check can fail)', () => {
    const sample = [
      'const a = <p>Hello</p>;',
      `const b = <input aria-label="Search" placeholder={\`Name \${x}\`} />;`,
      "const c = <p>{busy ? 'Saving…' : t('k')}</p>;",
      "const d = <Field label={ok && 'Date'} hint={t('k')} />;",
      "const e = <p>{t('k')} — × {n}</p>;",
    ].join('\n');
    expect(findUiLiterals(sample).map((x) => x.text)).toEqual(['Hello', 'Search', 'Name …', 'Saving…', 'Date']);
  });
});
