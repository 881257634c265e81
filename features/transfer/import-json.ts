import { t } from '../../locales/i18n';
import { ImportError } from './import-error';

/** Keys that could reach Object.prototype if a later spread or merge trusted them. */
const forbiddenKeys = new Set(['__proto__', 'constructor', 'prototype']);

/** Parses JSON text, telling a truncated file from a file that is not JSON, and refusing prototype keys anywhere. */
export function parseImportJson(text: string): unknown {
  const trimmed = text.trim();
  if (!trimmed) throw new ImportError('empty', t('transfer.thisFileIsEmpty'));
  let value: unknown;
  try {
    value = JSON.parse(trimmed);
  } catch (error) {
    throw describeSyntaxError(trimmed, error);
  }
  // On the parsed keys, never the text: `"\u005f_proto__"` is __proto__ once parsed (about 0.1 s for 250,000 rows).
  if (hasForbiddenKey(value)) {
    const place = findForbiddenKey(value);
    if (place) {
      throw new ImportError(
        'forbidden-key',
        t('transfer.forbiddenKey', { key: place.key, place: place.path || t('transfer.theTopLevel') }),
      );
    }
  }
  return value;
}

function describeSyntaxError(text: string, error: unknown): ImportError {
  const opens = text[0] === '{' || text[0] === '[';
  const closes = text.endsWith('}') || text.endsWith(']');
  if (opens && !closes) {
    return new ImportError('truncated', t('transfer.thisFileEndsEarlyIt'));
  }
  const message = error instanceof Error ? error.message : String(error);
  const position = /position (\d+)/.exec(message);
  const token = /Unexpected token '([^']{1,10})'/.exec(message);
  const where = position
    ? t('transfer.atPlace', { place: lineAndColumn(text, Number(position[1])) })
    : token
      ? t('transfer.unexpectedToken', { token: token[1] ?? '' })
      : '';
  return new ImportError('not-json', t('transfer.thisFileIsNotValid', { where }));
}

function lineAndColumn(text: string, position: number): string {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < position && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return t('transfer.lineColumn', { line: String(line), column: String(position - lineStart + 1) });
}

/** Whether any object in a parsed value has a forbidden own key: the fast walk, no paths built. */
function hasForbiddenKey(root: unknown): boolean {
  const stack: object[] = [];
  const push = (child: unknown) => {
    if (child !== null && typeof child === 'object') stack.push(child);
  };
  push(root);
  while (stack.length) {
    const value = stack.pop() as object; // non-empty: checked by the loop
    if (Array.isArray(value)) {
      for (const child of value) push(child);
      continue;
    }
    for (const key of Object.keys(value)) {
      if (forbiddenKeys.has(key)) return true;
      push((value as Record<string, unknown>)[key]);
    }
  }
  return false;
}

/** The first forbidden key and its place (`data.notes[3].__proto__`), walking without recursion. */
export function findForbiddenKey(root: unknown): { key: string; path: string } | null {
  const stack: { value: unknown; path: string }[] = [{ value: root, path: '' }];
  while (stack.length) {
    const { value, path } = stack.pop() as { value: unknown; path: string };
    if (value === null || typeof value !== 'object') continue;
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push({ value: value[i], path: `${path}[${i}]` });
      continue;
    }
    for (const key of Object.keys(value)) {
      const place = path ? `${path}.${key}` : key;
      if (forbiddenKeys.has(key)) return { key, path: place };
      stack.push({ value: (value as Record<string, unknown>)[key], path: place });
    }
  }
  return null;
}
