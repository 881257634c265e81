import { useState } from 'preact/hooks';
import { AddToCalendar } from '../../components/calendar/AddToCalendar';
import { useLiveQuery } from '../../components/use-live-query';
import { displayName } from '../../features/directory/display-name';
import { formatDay } from '../../features/directory/format-dates';
import { type DueGroups, loadDue } from '../../features/follow-ups/due';
import { addDays, localDay } from '../../features/follow-ups/local-day';
import { t } from '../../locales/i18n';
import { send } from '../../messaging/client';
import type { RoundsDatabase } from '../../storage/database';
import type { FollowUp } from '../../storage/schemas';
import { openActivityPage } from './open-pages';

interface Row {
  followUp: FollowUp;
  who: string;
}
const empty: DueGroups<Row> = { overdue: [], today: [], thisWeek: [] };

async function loadRows(db: RoundsDatabase, today: string): Promise<DueGroups<Row>> {
  const groups = await loadDue(db, today);
  const all = [...groups.overdue, ...groups.today, ...groups.thisWeek];
  const ids = [...new Set(all.map((f) => f.physicianId).filter((id): id is string => Boolean(id)))];
  const names = new Map((await db.physicians.bulkGet(ids)).flatMap((p) => (p ? [[p.id, displayName(p)]] : [])));
  const row = (f: FollowUp): Row => ({
    followUp: f,
    who: (f.physicianId && names.get(f.physicianId)) || t('popup.followUp'),
  });
  return { overdue: groups.overdue.map(row), today: groups.today.map(row), thisWeek: groups.thisWeek.map(row) };
}

function Item(props: { db: RoundsDatabase; row: Row; today: string }) {
  const { followUp: f, who } = props.row;
  const snooze = (days: number) => void send('followUps.snooze', { id: f.id, until: addDays(props.today, days) });
  return (
    <li class="card due-item">
      <div>
        <strong>{who}</strong> <span class="muted">{t('popup.dueDay', { day: formatDay(f.dueDate) })}</span>
      </div>
      {f.sensitive.text && <div>{f.sensitive.text}</div>}
      <div class="row">
        <button
          type="button"
          aria-label={t('popup.doneWho', { who: who })}
          onClick={() => void send('followUps.done', { id: f.id })}
        >
          {t('popup.done')}
        </button>
        <button type="button" aria-label={t('popup.snooze1DayWho', { who: who })} onClick={() => snooze(1)}>
          {t('popup.snooze1Day')}
        </button>
        <button type="button" aria-label={t('popup.snooze1WeekWho', { who: who })} onClick={() => snooze(7)}>
          {t('popup.snooze1Week')}
        </button>
        <AddToCalendar
          build={async () => {
            // The calendar code is its own chunk, loaded on click: not part of the popup's first paint.
            const calendar = await import('../../features/calendar/load-calendar');
            const text = await calendar.followUpCalendar(props.db, f);
            return { text, fileName: calendar.calendarFileName('follow-up', f.dueDate) };
          }}
        />
        {f.physicianId && (
          <button
            type="button"
            aria-label={t('popup.openWho', { who: who })}
            onClick={() => openActivityPage({ physician: f.physicianId })}
          >
            {t('popup.open')}
          </button>
        )}
      </div>
    </li>
  );
}

/** Items shown per section until `Show all`: a busy liaison can have hundreds overdue, and the popup stays light. */
const shownPerSection = 10;

const sections: Array<[keyof DueGroups<Row>, string]> = [
  ['overdue', t('popup.overdue')],
  ['today', t('popup.today')],
  ['thisWeek', t('popup.thisWeek')],
];

/** `Due follow-ups`: overdue, today and the next seven days, live; done and snooze go through the background. */
export function DueFollowUps(props: { db: RoundsDatabase }) {
  const today = localDay();
  const groups = useLiveQuery(() => loadRows(props.db, today), [props.db, today], empty);
  const total = groups.overdue.length + groups.today.length + groups.thisWeek.length;
  const [showAll, setShowAll] = useState<ReadonlySet<string>>(new Set());
  return (
    <section aria-labelledby="due-follow-ups" class="due">
      <h2 id="due-follow-ups">{t('popup.dueFollowUps')}</h2>
      {total === 0 && <p class="muted">{t('popup.nothingDueThisWeek')}</p>}
      {sections.map(([key, title]) => {
        const rows = groups[key];
        if (!rows.length) return null;
        const shown = showAll.has(key) ? rows : rows.slice(0, shownPerSection);
        return (
          <div key={key}>
            <h3>
              {title} ({rows.length})
            </h3>
            <ul class="plain">
              {shown.map((row) => (
                <Item key={row.followUp.id} db={props.db} row={row} today={today} />
              ))}
            </ul>
            {shown.length < rows.length && (
              <button type="button" onClick={() => setShowAll(new Set([...showAll, key]))}>
                {t('popup.showAll', { count: rows.length, section: title.toLowerCase() })}
              </button>
            )}
          </div>
        );
      })}
    </section>
  );
}
