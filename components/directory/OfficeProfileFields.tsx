import { networkStatusLabels, preferredContactLabels, weekdayLabels } from '../../features/directory/labels';
import { locationLine } from '../../features/directory/office-profile';
import type { ProfileDraft, ProfileErrors } from '../../features/directory/profile-draft';
import { networkStatuses, type PracticeLocation, preferredContacts, tiers, weekdays } from '../../storage/schemas';
import { Field } from '../Field';
import { SelectField } from '../SelectField';

const networkOptions = networkStatuses.map((s) => [s, networkStatusLabels[s]] as const);
const contactOptions = [
  ['', 'Not set'] as const,
  ...preferredContacts.map((c) => [c, preferredContactLabels[c]] as const),
];
const tierOptions = [['', 'Not set'] as const, ...tiers.map((t) => [t, `Tier ${t}`] as const)];

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
    ['', 'Not set'] as const,
    ...props.locations.map((l) => [l.id, locationLine(l) || l.id] as const),
  ];
  return (
    <>
      <div class="grid2">
        <Field
          label="Email"
          type="email"
          value={v.email}
          error={props.errors.email}
          onInput={(email) => props.onChange({ email })}
        />
        <SelectField
          label="Preferred contact"
          value={v.preferredContact}
          options={contactOptions}
          onChange={(preferredContact) => props.onChange({ preferredContact })}
        />
        <Field
          label="Tags"
          value={v.tags}
          error={props.errors.tags}
          hint="Territory and groups, comma separated: north, cardio"
          onInput={(tags) => props.onChange({ tags })}
        />
        <SelectField
          label="Network status"
          value={v.networkStatus}
          options={networkOptions}
          onChange={(networkStatus) => props.onChange({ networkStatus })}
        />
        <SelectField label="Tier" value={v.tier} options={tierOptions} onChange={(tier) => props.onChange({ tier })} />
        <Field
          label="Visit every (days)"
          type="number"
          value={v.visitEveryDays}
          error={props.errors.visitEveryDays}
          hint={`Empty: the default, every ${props.defaultVisitEveryDays} days`}
          onInput={(visitEveryDays) => props.onChange({ visitEveryDays })}
        />
      </div>
      <Field
        label="Service-line loyalty"
        multiline
        value={v.loyaltyNote}
        hint="Where this physician sends what, and why: cardiology to us, orthopaedics to Mercy (the surgeon)"
        onInput={(loyaltyNote) => props.onChange({ loyaltyNote })}
      />
      <fieldset class="office-days">
        <legend>Office days</legend>
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
                label={`Location on ${weekdayLabels[d]}`}
                value={v.dayLocations[d] ?? ''}
                options={locationOptions}
                onChange={(id) => props.onChange({ dayLocations: { ...v.dayLocations, [d]: id } })}
              />
            ))}
      </fieldset>
    </>
  );
}
