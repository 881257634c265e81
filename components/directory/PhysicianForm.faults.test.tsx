// @vitest-environment happy-dom
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { PhysicianForm } from './PhysicianForm';

describe('PhysicianForm when the save fails', () => {
  it('shows a full disk as an alert with a way forward, and keeps what was typed', async () => {
    const quota = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    render(
      <PhysicianForm
        heading="New physician"
        onSave={() =>
          Promise.reject(Object.assign(new Error('Transaction aborted'), { name: 'AbortError', inner: quota }))
        }
      />,
    );
    fireEvent.input(screen.getByLabelText('Last name'), { target: { value: 'Okafor' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save physician' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/nothing was saved/));
    expect(screen.getByRole('alert').textContent).toMatch(/Export JSON/);
    expect((screen.getByLabelText('Last name') as HTMLInputElement).value).toBe('Okafor');
  });
});
