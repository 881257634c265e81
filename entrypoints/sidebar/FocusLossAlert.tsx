import { t } from '../../locales/i18n';
import { useFocusLoss } from './use-focus-loss';

/** Says at once that the keyboard left Rounds mid-typing (see use-focus-loss.ts); empty otherwise. */
export function FocusLossAlert() {
  const lost = useFocusLoss();
  return (
    <div role="alert" class={lost ? 'focus-loss' : 'focus-loss-idle'}>
      {lost ? t('sidebar.keyboardFocusLeftRoundsWhile') : ''}
    </div>
  );
}
