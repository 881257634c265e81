import { networkStatusLabels, preferredContactLabels, weekdayLabels } from '../../features/directory/labels';
import { locationLine } from '../../features/directory/office-profile';
import type { ProfileDraft, ProfileErrors } from '../../features/directory/profile-draft';
import { t } from '../../locales/i18n';
import { networkStatuses, type PracticeLocation, preferredContacts, tiers, weekdays } from '../../storage/schemas';
import { Field } from '../Field';
import { SelectField } from '../SelectField';

const networkOptions = networkStatuses.map((s) => [s, networkStatusLabels[s]] as const);
const contactOptions = [
  ['', t('directory.notSet')] as const,
  ...preferredContacts.map((c) => [c, preferredContactLabels[c]] as const),
];
const tierOptions = [
  ['', t('directory.notSet')] as const,
  ...tiers.map((tier) => [tier, t('directory.tier', { tier })] as const),
];

/**
 * Email, preferred contact, tags, network status, tier, visit cadence, and the office days (with the location the
 * physician is at each day, when the practice has locations).
 */
export function OfficeProfileFields(props: {
  value: ProfileDraft;
  onChange: (patch: Partial<ProfileDraft>) => void;
  errors: ProfileErrors;
  locations: readonly PracticeLocation[];
  defaultVisitEveryDays: number;
}) {
  const v = props.value;
  const toggle = (day: (typeof weekdays)[number], on: boolean) =>
    props.onChange({ officeDays: on ? [...v.officeDays, day] : v.officeDays.filter((d) => d !== day) });
  const locationOptions = [
    ['', t('directory.notSet')] as const,
    ...props.locations.map((l) => [l.id, locationLine(l) || l.id] as const),
  ];
  return (
    <>
      <div class="grid2">
        <Field
          label={t('directory.email')}
          type="email"
          value={v.email}
          error={props.errors.email}
          onInput={(email) => props.onChange({ email })}
        />
        <SelectField
          label={t('directory.preferredContact')}
          value={v.preferredContact}
          options={contactOptions}
          onChange={(preferredContact) => props.onChange({ preferredContact })}
        />
        <Field
          label={t('directory.tags')}
          value={v.tags}
          error={props.errors.tags}
          hint={t('directory.territoryAndGroupsCommaSeparated')}
          onInput={(tags) => props.onChange({ tags })}
        />
        <SelectField
          label={t('directory.networkStatus')}
          value={v.networkStatus}
          options={networkOptions}
          onChange={(networkStatus) => props.onChange({ networkStatus })}
        />
        <SelectField
          label={t('directory.tier')}
          value={v.tier}
          options={tierOptions}
          onChange={(tier) => props.onChange({ tier })}
        />
        <Field
          label={t('directory.visitEveryDays')}
          type="number"
          value={v.visitEveryDays}
          error={props.errors.visitEveryDays}
          hint={t('directory.emptyTheDefaultEveryDefaultvisiteverydays', {
            defaultVisitEveryDays: props.defaultVisitEveryDays,
          })}
          onInput={(visitEveryDays) => props.onChange({ visitEveryDays })}
        />
      </div>
      <Field
        label={t('directory.serviceLineLoyalty')}
        multiline
        value={v.loyaltyNote}
        hint={t('directory.whereThisPhysicianSendsWhat')}
        onInput={(loyaltyNote) => props.onChange({ loyaltyNote })}
      />
      <fieldset class="office-days">
        <legend>{t('directory.officeDays')}</legend>
        <div class="row">
          {weekdays.map((d) => (
            <label key={d} class="check">
              <input
                type="checkbox"
                checked={v.officeDays.includes(d)}
                onChange={(e) => toggle(d, e.currentTarget.checked)}
              />
              {weekdayLabels[d]}
            </label>
          ))}
        </div>
        {props.locations.length > 0 &&
          weekdays
            .filter((d) => v.officeDays.includes(d))
            .map((d) => (
              <SelectField
                key={d}
                label={t('directory.locationOnWeekday', { weekday: weekdayLabels[d] })}
                value={v.dayLocations[d] ?? ''}
                options={locationOptions}
                onChange={(id) => props.onChange({ dayLocations: { ...v.dayLocations, [d]: id } })}
              />
            ))}
      </fieldset>
    </>
  );
}
