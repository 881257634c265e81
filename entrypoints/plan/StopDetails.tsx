import { firstLine, formatInstantDay } from '../../features/directory/format-dates';
import { activityLabels, preferredContactLabels, staffRoleLabels } from '../../features/directory/labels';
import { locationLine } from '../../features/directory/office-profile';
import type { PhysicianGlance } from '../../features/directory/physician-glance';
import { stopLocation } from '../../features/plan/stop-location';
import { t } from '../../locales/i18n';
import type { PlanStop, Weekday } from '../../storage/schemas';

/** The stop's office: where (that weekday's location), hours, phone, who to ask for; and the last visit's talking points. */
export function StopDetails(props: { glance: PhysicianGlance; stop: PlanStop; weekday: Weekday }) {
  const { physician: p, lastOutreach, lastOutreachPrograms } = props.glance;
  const location = stopLocation(props.glance, props.stop, props.weekday);
  const hours = location?.hours[props.weekday];
  const phone = location?.phone || p.phone;
  return (
    <div class="stop-details">
      <div>{location ? locationLine(location) : <span class="muted">{t('plan.noAddressOnFileEdit')}</span>}</div>
      <div class="muted">
        {[
          hours && t('plan.hoursTodayHours', { hours }),
          phone && t('plan.phonePhone', { phone }),
          p.preferredContact &&
            t('plan.prefersPreferredcontact', {
              preferredContact: preferredContactLabels[p.preferredContact].toLowerCase(),
            }),
        ]
          .filter(Boolean)
          .join(' · ')}
      </div>
      {p.staff.length > 0 && (
        <div>
          {t('plan.askForMap', {
            map: p.staff
              .map((s) => `${s.name} (${staffRoleLabels[s.role]}${s.phone ? `, ${s.phone}` : ''})`)
              .join('; '),
          })}
        </div>
      )}
      <div class="talking-points">
        <strong>{t('plan.lastTime')}</strong>:{' '}
        {lastOutreach ? (
          <>
            {activityLabels[lastOutreach.type]}, {formatInstantDay(lastOutreach.at)}
            {lastOutreachPrograms.length > 0 &&
              t('plan.presentedLastoutreachprograms', { lastOutreachPrograms: lastOutreachPrograms.join(', ') })}
            {lastOutreach.sensitive.notes && ` · ${firstLine(lastOutreach.sensitive.notes, 160)}`}
            {lastOutreach.sensitive.followUpText &&
              t('plan.promisedFirstline', { firstLine: firstLine(lastOutreach.sensitive.followUpText, 100) })}
          </>
        ) : (
          t('plan.noOutreachYet')
        )}
      </div>
    </div>
  );
}
