import { useState } from 'preact/hooks';
import { displayName } from '../../features/directory/display-name';
import type { PhysicianGlance } from '../../features/directory/physician-glance';
import { t } from '../../locales/i18n';
import type { RoundsDatabase } from '../../storage/database';
import type { DayPlan, PlanStop, Weekday } from '../../storage/schemas';
import { stopTime } from './plan-page';
import { StopDetails } from './StopDetails';
import { StopLog } from './StopLog';

export interface StopActions {
  move: (from: number, to: number) => void;
  done: (stop: PlanStop, outreachId: string, message: string) => void;
  skip: (stop: PlanStop) => void;
  reopen: (stop: PlanStop) => void;
  remove: (stop: PlanStop) => void;
}

const statusText: Record<PlanStop['status'], string> = {
  planned: '',
  done: t('plan.done'),
  skipped: t('plan.skipped'),
};

/** The ordered stops: Move up / Move down (keyboard) or drag to reorder; Done opens the prefilled log; Skip. */
export function PlannedStops(props: {
  db: RoundsDatabase;
  plan: DayPlan;
  glances: ReadonlyMap<string, PhysicianGlance>;
  weekday: Weekday;
  actions: StopActions;
}) {
  const [logging, setLogging] = useState<string | null>(null);
  const [dragged, setDragged] = useState<number | null>(null);
  const { stops } = props.plan;
  const a = props.actions;
  return (
    <ol class="plain stops">
      {stops.map((stop, i) => {
        const glance = props.glances.get(stop.physicianId);
        const name = glance ? displayName(glance.physician) : t('plan.aPhysicianNoLongerIn');
        return (
          <li
            key={stop.physicianId}
            class={`card stop ${stop.status}`}
            draggable
            onDragStart={(e) => {
              setDragged(i);
              e.dataTransfer?.setData('text/plain', String(i));
            }}
            onDragOver={(e) => e.preventDefault()}
            onDrop={(e) => {
              e.preventDefault();
              if (dragged !== null) a.move(dragged, i);
              setDragged(null);
            }}
          >
            <div class="row">
              <span class="stop-time">{stopTime(props.plan.startTime, i * props.plan.minutesPerStop)}</span>
              <h3>
                {i + 1}. {name}
              </h3>
              {statusText[stop.status] && <span class={`badge ${stop.status}`}>{statusText[stop.status]}</span>}
            </div>
            {glance && <StopDetails glance={glance} stop={stop} weekday={props.weekday} />}
            <div class="row no-print">
              <button
                type="button"
                aria-label={t('plan.moveNameUp', { name: name })}
                disabled={i === 0}
                onClick={() => a.move(i, i - 1)}
              >
                ↑
              </button>
              <button
                type="button"
                aria-label={t('plan.moveNameDown', { name: name })}
                disabled={i === stops.length - 1}
                onClick={() => a.move(i, i + 1)}
              >
                ↓
              </button>
              {stop.status === 'planned' ? (
                <>
                  <button type="button" class="primary" onClick={() => setLogging(stop.physicianId)}>
                    {t('plan.done')}
                  </button>
                  <button type="button" onClick={() => a.skip(stop)}>
                    {t('plan.skip')}
                  </button>
                </>
              ) : (
                <button type="button" onClick={() => a.reopen(stop)}>
                  {t('plan.planAgain')}
                </button>
              )}
              <button
                type="button"
                class="link"
                aria-label={t('plan.removeNameFromThePlan', { name: name })}
                onClick={() => a.remove(stop)}
              >
                {t('plan.remove')}
              </button>
            </div>
            {logging === stop.physicianId && (
              <StopLog
                db={props.db}
                physicianId={stop.physicianId}
                name={name}
                onCancel={() => setLogging(null)}
                onLogged={(id, message) => {
                  setLogging(null);
                  a.done(stop, id, message);
                }}
              />
            )}
          </li>
        );
      })}
    </ol>
  );
}
