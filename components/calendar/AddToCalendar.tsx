import { errorText } from '../../locales/coded-error';
import { t } from '../../locales/i18n';
import { saveFile } from '../save-file';

/**
 * `Add to calendar`: downloads a .ics file the user opens in their calendar (no account, no network call of
 * Rounds' own). `build` makes the file's text; `label` names the button for screen readers where several show.
 */
export function AddToCalendar(props: {
  build: () => Promise<{ text: string; fileName: string }>;
  label?: string;
  onDone?: (message: string) => void;
}) {
  const click = async () => {
    try {
      const { text, fileName } = await props.build();
      saveFile(new Blob([text], { type: 'text/calendar;charset=utf-8' }), fileName);
      props.onDone?.(t('calendar.savedFilenameOpenItTo', { fileName }));
    } catch (error) {
      props.onDone?.(t('common.noCalendarFile', { reason: errorText(error) }));
    }
  };
  return (
    <button type="button" aria-label={props.label} onClick={() => void click()}>
      {t('calendar.addToCalendar')}
    </button>
  );
}
