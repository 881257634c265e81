import { useState } from 'preact/hooks';
import { saveFile } from '../../components/save-file';
import { calendarFileName, exportCalendar } from '../../features/calendar/load-calendar';
import { localDay } from '../../features/follow-ups/local-day';
import { errorText } from '../../locales/coded-error';
import { t, tn } from '../../locales/i18n';
import type { RoundsDatabase } from '../../storage/database';

/** `Export calendar`: every open follow-up and planned day as one .ics file (physician and practice only). */
export function CalendarSection(props: { db: RoundsDatabase }) {
  const [message, setMessage] = useState('');
  const run = async () => {
    try {
      const { text, events } = await exportCalendar(props.db);
      const name = calendarFileName('calendar', localDay());
      saveFile(new Blob([text], { type: 'text/calendar;charset=utf-8' }), name);
      setMessage(tn('options.savedCalendar', events, { name }));
    } catch (error) {
      setMessage(t('common.noCalendarFile', { reason: errorText(error) }));
    }
  };
  return (
    <section aria-labelledby="calendar-heading">
      <h2 id="calendar-heading">{t('options.calendar')}</h2>
      <p class="muted">{t('options.openFollowUpsAndPlanned')}</p>
      <button type="button" onClick={() => void run()}>
        {t('options.exportCalendar')}
      </button>
      <p role="status">{message}</p>
    </section>
  );
}
