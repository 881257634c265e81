import { describe, expect, it } from 'vitest';
import { menuCaptureText } from './menu-text';

describe('menuCaptureText', () => {
  it('takes the visible re-read (line breaks, no hidden text) when the selection is what the menu showed', () => {
    const raw = 'Dr. Jane Smith\nDr. Ravi Patel';
    expect(menuCaptureText('Dr. Jane Smith Dr. Ravi Patel', { raw, visible: raw })).toBe(raw);
    const hidden = { raw: 'Dr. Jane Mallory Smith, MD', visible: 'Dr. Jane Smith, MD' };
    expect(menuCaptureText('Dr. Jane Mallory Smith, MD', hidden)).toBe('Dr. Jane Smith, MD');
    // Everything selected was hidden: nothing to capture.
    expect(menuCaptureText('Mallory', { raw: 'Mallory', visible: '' })).toBe('');
  });

  it('saves the menu’s copy when the page changed the selection after the menu opened, or could not be read', () => {
    const swapped = { raw: 'Dr. Mallory Evil', visible: 'Dr. Mallory Evil' };
    expect(menuCaptureText('Dr. Jane Smith', swapped)).toBe('Dr. Jane Smith');
    expect(menuCaptureText('  Dr. Jane\tSmith ', { raw: '', visible: '' })).toBe('Dr. Jane Smith');
    // A swap that only adds line breaks or spaces is the same text: kept.
    expect(
      menuCaptureText('Jane Smith Ravi Patel', { raw: 'Jane Smith\n\nRavi  Patel', visible: 'Jane Smith\nRavi Patel' }),
    ).toBe('Jane Smith\nRavi Patel');
  });

  it('captures nothing without a menu copy', () => {
    expect(menuCaptureText(undefined, { raw: 'Dr. Jane Smith', visible: 'Dr. Jane Smith' })).toBe('');
    expect(menuCaptureText('   ', { raw: 'Dr. Jane Smith', visible: 'Dr. Jane Smith' })).toBe('');
  });
});
