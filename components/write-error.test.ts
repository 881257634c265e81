import { describe, expect, it } from 'vitest';
import { describeWriteError } from './write-error';

describe('describeWriteError', () => {
  it('explains a full disk with a recovery path, also when Dexie wraps it', () => {
    const quota = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    for (const error of [quota, Object.assign(new Error('wrapped'), { name: 'AbortError', inner: quota })]) {
      const text = describeWriteError(error);
      expect(text).toMatch(/run out of storage space, so nothing was saved/);
      expect(text).toMatch(/Export JSON/);
    }
  });
  it('names any other reason', () => {
    expect(describeWriteError(new Error('last: a last name is required'))).toBe(
      'Not saved: last: a last name is required',
    );
  });
});
