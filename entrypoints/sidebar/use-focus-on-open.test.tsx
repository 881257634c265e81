// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { useFocusOnOpen } from './use-focus-on-open';

afterEach(cleanup);

function Sidebar() {
  useFocusOnOpen();
  return (
    <div class="search">
      <input role="combobox" aria-label="Search physicians" aria-expanded="false" aria-controls="list" />
      <button type="button">Add physician</button>
    </div>
  );
}

describe('useFocusOnOpen', () => {
  it('focuses it when the collapsed frame is shown again', () => {
    Object.defineProperty(window, 'innerWidth', { configurable: true, value: 0 });
    const { getByRole } = render(<Sidebar />);
    Object.defineProperty(window, 'innerWidth', { configurable: true, value: 380 });
    window.dispatchEvent(new Event('resize'));
    expect(document.activeElement).toBe(getByRole('combobox'));
  });
});
