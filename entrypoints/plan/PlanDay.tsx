import { useLayoutEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { AddToCalendar } from '../../components/calendar/AddToCalendar';
import { Field } from '../../components/Field';
import { SelectField } from '../../components/SelectField';
import { describeWriteError } from '../../components/write-error';
import { weekdayOf } from '../../features/cadence/visit-due';
import { calendarFileName, planCalendar } from '../../features/calendar/load-calendar';
import { formatDay } from '../../features/directory/format-dates';
import { routableAddress } from '../../features/directory/office-profile';
import { localDay } from '../../features/follow-ups/local-day';
import { e2eMarkers, markOnce } from '../../features/instrumentation/marks';
import { addStop, changePlan, moveStop, removeStop, setStopStatus } from '../../features/plan/day-plan-store';
import { routeUrl } from '../../features/plan/route-link';
import { stopLocation } from '../../features/plan/stop-location';
import { t } from '../../locales/i18n';
import type { RoundsDatabase } from '../../storage/database';
import { Candidates } from './Candidates';
import { PlannedStops, type StopActions } from './PlannedStops';
import { useCandidateData, usePlan } from './plan-page';

/** One day's plan: choose the day and territory, add and order stops, route, log, print. */
export function PlanDay(props: { db: RoundsDatabase }) {
  const { db } = props;
  const [day, setDay] = useState(() => new URLSearchParams(location.search).get('day') ?? localDay());
  const [tag, setTag] = useState('');
  const [message, setMessage] = useState('');
  const [version, setVersion] = useState(0);
  const state = usePlan(db, day);
  const data = useCandidateData(db, day, version);
  const weekday = weekdayOf(day);
  const plan = state?.plan ?? null;
  // The bench reads this mark: the day's stops (or the empty plan) are in the DOM.
  useLayoutEffect(() => {
    if (state) markOnce('rounds:plan-ready');
  }, [state]);
  const planned = useMemo(() => new Set(plan?.stops.map((s) => s.physicianId) ?? []), [plan]);
  if (plan) e2eMarkers({ planId: plan.id });

  const run = (work: Promise<unknown>, done = '') =>
    void work.then(
      () => setMessage(done),
      (e: unknown) => setMessage(t('plan.notSavedWriteerror', { writeError: describeWriteError(e) })),
    );
  const actions: StopActions = {
    move: (from, to) => run(moveStop(db, day, from, to), t('plan.orderChanged')),
    done: (stop, outreachId, text) => {
      run(setStopStatus(db, day, stop.physicianId, 'done', outreachId), text);
      setVersion((v) => v + 1);
    },
    skip: (stop) => run(setStopStatus(db, day, stop.physicianId, 'skipped'), t('plan.stopSkippedItStaysOn')),
    reopen: (stop) => run(setStopStatus(db, day, stop.physicianId, 'planned'), t('plan.stopPlannedAgain')),
    remove: (stop) => run(removeStop(db, day, stop.physicianId), t('plan.stopRemoved')),
  };
  const route = useMemo(() => {
    if (!plan || !state) return null;
    const addresses = plan.stops
      .filter((s) => s.status !== 'skipped')
      .map((s) => {
        const g = state.glances.get(s.physicianId);
        return g ? routableAddress(stopLocation(g, s, weekday)) : '';
      });
    return routeUrl(addresses);
  }, [plan, state, weekday]);
  const tagOptions = [['', t('plan.allTerritories')] as const, ...(data?.tags ?? []).map((t) => [t, t] as const)];

  return (
    <>
      <p class="print-only">{t('plan.daySheetForDay', { day: formatDay(day) })}</p>
      <div class="grid2 no-print plan-controls">
        <Field label={t('plan.day')} type="date" value={day} onInput={(d) => d && setDay(d)} />
        <SelectField label={t('plan.territory')} value={tag} options={tagOptions} onChange={setTag} />
        <Field
          label={t('plan.startAt')}
          value={plan?.startTime ?? '09:00'}
          hint={t('plan.hhMm')}
          onInput={(startTime) => /^\d\d:\d\d$/.test(startTime) && run(changePlan(db, day, () => ({ startTime })))}
        />
        <Field
          label={t('plan.minutesPerStop')}
          type="number"
          value={String(plan?.minutesPerStop ?? 30)}
          onInput={(m) => Number(m) >= 5 && run(changePlan(db, day, () => ({ minutesPerStop: Number(m) })))}
        />
      </div>
      <section aria-labelledby="stops-heading">
        <h2 id="stops-heading">{t('plan.stopsFor', { day: formatDay(day), count: plan?.stops.length ?? 0 })}</h2>
        {state === undefined && <p class="muted">{t('plan.opening')}</p>}
        {state && !plan?.stops.length && <p class="muted">{t('plan.noStopsYetAddCandidates')}</p>}
        {plan && state && (
          <PlannedStops db={db} plan={plan} glances={state.glances} weekday={weekday} actions={actions} />
        )}
        <div class="row no-print">
          <button type="button" disabled={!route} onClick={() => route && void browser.tabs.create({ url: route })}>
            {t('plan.openRoute')}
          </button>
          <button type="button" disabled={!plan?.stops.length} onClick={() => window.print()}>
            {t('plan.printDaySheet')}
          </button>
          {plan && plan.stops.length > 0 && (
            <AddToCalendar
              build={async () => ({ text: await planCalendar(db, plan), fileName: calendarFileName('plan', plan.day) })}
              onDone={setMessage}
            />
          )}
        </div>
        {route && (
          <div class="no-print">
            <Field label={t('plan.routeLink')} value={route} onInput={() => {}} hint={t('plan.opensInYourMapsSite')} />
          </div>
        )}
        <p role="status" class="no-print">
          {message}
        </p>
      </section>
      <Candidates
        data={data}
        tag={tag}
        planned={planned}
        onAdd={(c) =>
          run(
            addStop(db, day, { physicianId: c.physicianId, followUpId: c.followUp?.id ?? null }),
            t('plan.addedNameToThePlan', { name: c.name }),
          )
        }
      />
    </>
  );
}
