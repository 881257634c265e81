import { formatDay, formatInstant, formatInstantDay } from '../../features/directory/format-dates';
import { activityLabels, referralStatusLabels } from '../../features/directory/labels';
import type { TimelineItem } from '../../features/timeline/timeline-items';
import { t } from '../../locales/i18n';
import type { Note } from '../../storage/schemas';

function Entry(props: { item: TimelineItem; onDeleteNote?: ((note: Note) => void) | undefined }) {
  const { item } = props;
  switch (item.kind) {
    case 'note':
      return (
        <>
          <div class="timeline-head">
            <strong>{t('sidebar.note')}</strong>{' '}
            <time dateTime={item.note.createdAt}>{formatInstant(item.note.createdAt)}</time>
            {item.note.page?.title && (
              <span class="muted"> {t('sidebar.onTitle', { title: item.note.page.title })}</span>
            )}
          </div>
          <p class="note-body">{item.note.sensitive.body}</p>
          {props.onDeleteNote && (
            <button type="button" class="link danger" onClick={() => props.onDeleteNote?.(item.note)}>
              {t('sidebar.deleteNote')}
            </button>
          )}
        </>
      );
    case 'outreach': {
      const o = item.outreach;
      return (
        <>
          <div class="timeline-head">
            <strong>{activityLabels[o.type]}</strong> <time dateTime={o.at}>{formatInstantDay(o.at)}</time>
          </div>
          {o.sensitive.notes && <p class="note-body">{o.sensitive.notes}</p>}
          {o.followUpDate && <div class="muted">{t('sidebar.followUpByDay', { day: formatDay(o.followUpDate) })}</div>}
        </>
      );
    }
    case 'referral': {
      const r = item.referral;
      const what = item.isFirst ? t('sidebar.referral') : t('sidebar.referralNow');
      return (
        <div class="timeline-head">
          <strong>
            {what} {referralStatusLabels[item.change.status].toLowerCase()}
          </strong>{' '}
          <time dateTime={item.change.at}>{formatInstantDay(item.change.at)}</time>
          {r.serviceLine && <span class="muted"> · {r.serviceLine}</span>}
          {item.change.reason && <div class="muted">{item.change.reason}</div>}
        </div>
      );
    }
    case 'follow-up': {
      const f = item.followUp;
      return (
        <div class="timeline-head">
          <strong>{f.status === 'done' ? t('sidebar.followUpDone') : t('sidebar.followUpDue')}</strong>{' '}
          {formatDay(f.dueDate)}
          {f.sensitive.text && <div>{f.sensitive.text}</div>}
        </div>
      );
    }
  }
}

/** A dated history (notes, outreach, referral changes, follow-ups), newest first; shared by the sidebar and Activity. */
export function Timeline(props: {
  items: readonly TimelineItem[];
  label?: string;
  onDeleteNote?: (note: Note) => void;
}) {
  if (props.items.length === 0) return <p class="muted">{t('sidebar.nothingRecordedYet')}</p>;
  return (
    <ol class="plain timeline" aria-label={props.label ?? t('sidebar.timeline')}>
      {props.items.map((item) => (
        <li key={item.key} class={`card timeline-${item.kind}`}>
          <Entry item={item} onDeleteNote={props.onDeleteNote} />
        </li>
      ))}
    </ol>
  );
}
