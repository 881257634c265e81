import { displayName } from '../../features/directory/display-name';
import { firstLine, formatDay, formatInstantDay, todayLocal } from '../../features/directory/format-dates';
import { glanceSentence } from '../../features/directory/glance-sentence';
import { activityLabels, networkStatusLabels, staffRoleLabels } from '../../features/directory/labels';
import type { PhysicianGlance } from '../../features/directory/physician-glance';
import { t, tn } from '../../locales/i18n';

/** The at-a-glance lines under a physician's name: practice, contact, staff, last outreach, referrals, note, follow-up. */
export function GlanceDetails(props: { glance: PhysicianGlance }) {
  const { physician: p, lastOutreach, openReferrals, latestNote, nextFollowUp } = props.glance;
  const { programsHeard, programsNotHeard, openConcerns } = props.glance;
  const what = [p.specialty, p.practiceName].filter(Boolean).join(' · ');
  const contact = [p.phone && t('sidebar.phonePhone', { phone: p.phone }), p.fax && t('sidebar.faxFax', { fax: p.fax })]
    .filter(Boolean)
    .join(' · ');
  const staff = p.staff.map((s) => `${s.name} (${staffRoleLabels[s.role]})`).join(', ');
  const today = todayLocal();
  const overdue = nextFollowUp !== null && nextFollowUp.dueDate < today;
  const standing = [
    p.tier && t('sidebar.tierTier', { tier: p.tier }),
    p.networkStatus !== 'unknown' && networkStatusLabels[p.networkStatus],
  ]
    .filter(Boolean)
    .join(' · ');
  return (
    <div class="glance">
      <div class="glance-sentence">{glanceSentence(props.glance, today)}</div>
      {what && <div class="muted">{what}</div>}
      {standing && <div class="muted">{standing}</div>}
      {contact && <div>{contact}</div>}
      {staff && <div>{t('sidebar.officeStaffStaff', { staff: staff })}</div>}
      <div>
        {lastOutreach
          ? t('sidebar.lastOutreach', {
              type: activityLabels[lastOutreach.type],
              day: formatInstantDay(lastOutreach.at),
            })
          : t('sidebar.lastOutreachNone')}
      </div>
      <div>{t('sidebar.openReferralsOpenreferrals', { openReferrals: openReferrals })}</div>
      {openConcerns.length > 0 && <div class="due overdue">{tn('sidebar.openConcernsCount', openConcerns.length)}</div>}
      {programsHeard.length > 0 && <div>{t('sidebar.heard', { programs: programsHeard.join(', ') })}</div>}
      {programsNotHeard.length > 0 && (
        <div class="muted">
          {programsNotHeard.length > 3
            ? tn('sidebar.notHeardYetMore', programsNotHeard.length - 3, {
                programs: programsNotHeard.slice(0, 3).join(', '),
              })
            : t('sidebar.notHeardYet', { programs: programsNotHeard.join(', ') })}
        </div>
      )}
      {p.loyaltyNote && (
        <div class="muted">{t('sidebar.loyaltyFirstline', { firstLine: firstLine(p.loyaltyNote, 160) })}</div>
      )}
      {latestNote && (
        <div class="muted">{t('sidebar.latestNoteFirstline', { firstLine: firstLine(latestNote.sensitive.body) })}</div>
      )}
      {nextFollowUp && (
        <div class={overdue ? 'due overdue' : 'due'}>
          {t(overdue ? 'sidebar.followUpOverdue' : 'sidebar.followUpDue', { day: formatDay(nextFollowUp.dueDate) })}
          {nextFollowUp.sensitive.text && `: ${firstLine(nextFollowUp.sensitive.text, 80)}`}
        </div>
      )}
    </div>
  );
}

/** A physician's name (a button that opens them) with the glance details beneath; the whole card is clickable. */
export function PhysicianGlanceCard(props: { glance: PhysicianGlance; onOpen: (id: string) => void }) {
  const { physician } = props.glance;
  return (
    // biome-ignore lint/a11y/useKeyWithClickEvents: the name button inside is the keyboard path; the card click is a larger target.
    <li class="card glance-card" onClick={() => props.onOpen(physician.id)}>
      <button
        type="button"
        class="link name"
        onClick={(e) => {
          e.stopPropagation();
          props.onOpen(physician.id);
        }}
      >
        {displayName(physician)}
      </button>
      <GlanceDetails glance={props.glance} />
    </li>
  );
}
