import { teamLabels } from '../../components/team/team-labels';
import { formatDay, formatInstant } from '../../features/directory/format-dates';
import { activityLabels } from '../../features/directory/labels';
import { programNames } from '../../features/programs/program-names';
import type { TimelineItem } from '../../features/timeline/timeline-items';
import { t } from '../../locales/i18n';

type OutreachItem = Extract<TimelineItem, { kind: 'outreach' }>;

/** A physician named in an entry, linked to the Activity view filtered to them. */
export interface PhysicianLink {
  label: string;
  href: string;
}

/**
 * A page of outreach entries in the shared timeline's item shape and markup (timeline/), each with links to its
 * physicians, which the shared Timeline has no slot for yet.
 */
export function OutreachList(props: {
  items: readonly OutreachItem[];
  links: (item: OutreachItem) => PhysicianLink[];
  /** Program ids → names, for what was presented. */
  programNames: ReadonlyMap<string, string>;
}) {
  return (
    <ol class="plain timeline" aria-label={t('activity.outreachNewestFirst')}>
      {props.items.map((item) => {
        const o = item.outreach;
        const presented = programNames(o.programIds, props.programNames);
        return (
          <li key={item.key} class="card timeline-outreach">
            <div class="timeline-head">
              <strong>{activityLabels[o.type]}</strong> <time dateTime={o.at}>{formatInstant(o.at)}</time>
              {presented.length > 0 && <span class="muted"> · {presented.join(', ')}</span>}
              {o.createdBy && <span class="muted"> · {teamLabels.loggedBy(o.createdBy)}</span>}
            </div>
            <div class="row">
              {props.links(item).map((l) => (
                <a key={l.href} href={l.href}>
                  {l.label}
                </a>
              ))}
            </div>
            {o.sensitive.notes && <p class="note-body">{o.sensitive.notes}</p>}
            {o.followUpDate && (
              <div class="muted">{t('activity.followUpByDay', { day: formatDay(o.followUpDate) })}</div>
            )}
          </li>
        );
      })}
    </ol>
  );
}
