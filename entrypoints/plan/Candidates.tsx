import { useLayoutEffect, useMemo, useState } from 'preact/hooks';
import { formatDay } from '../../features/directory/format-dates';
import { markOnce } from '../../features/instrumentation/marks';
import { type CandidateData, candidatesOf } from '../../features/plan/load-candidates';
import type { PlanCandidate } from '../../features/plan/plan-candidates';
import { t, tn } from '../../locales/i18n';

const shown = 50;

function why(c: PlanCandidate, windowDays: number): string {
  const parts: string[] = [];
  if (c.dueByCadence) {
    parts.push(
      c.daysOverdue === null
        ? t('plan.noVisitInTheLast', { windowDays })
        : c.daysOverdue === 0
          ? 'visit due that day'
          : tn('plan.visitOverdueBy', c.daysOverdue),
    );
  }
  if (c.followUp) parts.push(t('plan.followUpDueDay', { day: formatDay(c.followUp.dueDate) }));
  if (!c.inOffice) parts.push('not in the office that day');
  return parts.join(' · ');
}

/** The day's candidates (due by cadence and in the office, or with an open follow-up), each with `Add to plan`. */
export function Candidates(props: {
  data: CandidateData | null;
  tag: string;
  planned: ReadonlySet<string>;
  onAdd: (c: PlanCandidate) => void;
}) {
  const [limit, setLimit] = useState(shown);
  const list = useMemo(
    () => (props.data ? candidatesOf(props.data, props.tag, props.planned) : null),
    [props.data, props.tag, props.planned],
  );
  useLayoutEffect(() => {
    if (list) markOnce('rounds:candidates-rendered');
  }, [list]);
  return (
    <section aria-labelledby="candidates-heading" class="no-print">
      <h2 id="candidates-heading">{list ? t('plan.candidatesCount', { count: list.length }) : t('plan.candidates')}</h2>
      {list === null && <p class="muted">{t('plan.findingWhoIsDueAnd')}</p>}
      {list?.length === 0 && <p class="muted">{t('plan.noOneIsDueThat')}</p>}
      <ul class="plain candidates">
        {list?.slice(0, limit).map((c) => (
          <li key={c.physicianId} class="card row">
            <span>
              <strong>{c.name}</strong>
              {c.practiceName && <span class="muted"> · {c.practiceName}</span>}
              <br />
              <span class="muted">{why(c, props.data?.windowDays ?? 0)}</span>
            </span>
            <button type="button" onClick={() => props.onAdd(c)}>
              {t('plan.addToPlan')}
            </button>
          </li>
        ))}
      </ul>
      {list && list.length > limit && (
        <button type="button" onClick={() => setLimit(limit + shown)}>
          {t('plan.showMinMore', { min: Math.min(shown, list.length - limit) })}
        </button>
      )}
    </section>
  );
}
