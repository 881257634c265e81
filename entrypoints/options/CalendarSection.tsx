import { useState } from 'preact/hooks';
import { saveFile } from '../../components/save-file';
import { calendarFileName, exportCalendar } from '../../features/calendar/load-calendar';
import { localDay } from '../../features/follow-ups/local-day';
import type { RoundsDatabase } from '../../storage/database';

/** `Export calendar`: every open follow-up and planned day as one .ics file (physician and practice only). */
export function CalendarSection(props: { db: RoundsDatabase }) {
  const [message, setMessage] = useState('');
  const run = async () => {
    try {
      const { text, events } = await exportCalendar(props.db);
      const name = calendarFileName('calendar', localDay());
      saveFile(new Blob([text], { type: 'text/calendar;charset=utf-8' }), name);
      setMessage(`Saved ${name} with ${events} event${events === 1 ? '' : 's'}.`);
    } catch (error) {
      setMessage(`No calendar file: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  return (
    <section aria-labelledby="calendar-heading">
      <h2 id="calendar-heading">Calendar</h2>
      <p class="muted">
        Open follow-ups and planned days as calendar events in your time zone. They name the physician and the practice
        only, never follow-up text or patients.
      </p>
      <button type="button" onClick={() => void run()}>
        Export calendar
      </button>
      <p role="status">{message}</p>
    </section>
  );
}
