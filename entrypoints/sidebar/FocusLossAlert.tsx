import { useFocusLoss } from './use-focus-loss';

/** Says at once that the keyboard left Rounds mid-typing (see use-focus-loss.ts); empty otherwise. */
export function FocusLossAlert() {
  const lost = useFocusLoss();
  return (
    <div role="alert" class={lost ? 'focus-loss' : 'focus-loss-idle'}>
      {lost
        ? 'Keyboard focus left Rounds while you were typing: what you type now goes to the page, not to Rounds. Click the sidebar to go on.'
        : ''}
    </div>
  );
}
