import { useState } from 'preact/hooks';
import { weekdayLabels } from '../../features/directory/labels';
import { locationLine } from '../../features/directory/office-profile';
import { t } from '../../locales/i18n';
import { noHours, type PracticeLocation, weekdays } from '../../storage/schemas';
import { withLocationIds } from '../../storage/upgrades/field-day';
import { Field } from '../Field';
import { EditRemove } from './EditRemove';

const emptyLocation: PracticeLocation = {
  id: '',
  label: '',
  address: '',
  city: '',
  state: '',
  postalCode: '',
  phone: '',
  fax: '',
  hours: noHours,
};

/** The text boxes of a location (exported for the editable-fields meta-test). */
export const locationTextFields: [keyof Omit<PracticeLocation, 'id' | 'hours'>, string, ('tel' | 'text')?][] = [
  ['label', t('directory.locationName2')],
  ['address', t('directory.streetAddress')],
  ['city', t('directory.city')],
  ['state', t('directory.state')],
  ['postalCode', t('directory.zipCode')],
  ['phone', t('directory.locationPhone'), 'tel'],
  ['fax', t('directory.locationFax'), 'tel'],
];

/**
 * The practice's locations (shared by its physicians): address, phone, fax and office hours per weekday, one
 * location open at a time. A new location gets its id at once, so office days can point at it before saving.
 */
export function LocationFields(props: {
  value: PracticeLocation[];
  onChange: (locations: PracticeLocation[]) => void;
}) {
  const [open, setOpen] = useState<number | null>(null);
  const list = props.value;
  const patch = (i: number, p: Partial<PracticeLocation>) =>
    props.onChange(list.map((l, k) => (k === i ? { ...l, ...p } : l)));
  const current = open === null ? undefined : list[open];
  const name = (l: PracticeLocation) => l.label || l.address || 'new location';
  return (
    <fieldset class="location-fields">
      <legend>{t('directory.practiceLocations')}</legend>
      <ul class="plain">
        {list.map((l, i) => (
          <li key={l.id || i} class="row">
            <span>{locationLine(l) || t('directory.newLocation')}</span>
            <EditRemove
              what={t('directory.locationName', { name: name(l) })}
              open={open === i}
              onEdit={() => setOpen(i)}
              onRemove={() => {
                props.onChange(list.filter((_, k) => k !== i));
                setOpen(null);
              }}
            />
          </li>
        ))}
      </ul>
      {current && open !== null && (
        <div class="card">
          <div class="grid2">
            {locationTextFields.map(([key, label, type]) => (
              <Field
                key={key}
                label={label}
                type={type ?? 'text'}
                value={current[key]}
                autoFocus={key === 'label'}
                onInput={(value) => patch(open, { [key]: value })}
              />
            ))}
          </div>
          <fieldset>
            <legend>{t('directory.officeHours')}</legend>
            <div class="grid2">
              {weekdays.map((d) => (
                <Field
                  key={d}
                  label={t('directory.weekdayHours', { weekday: weekdayLabels[d] })}
                  value={current.hours[d]}
                  {...(d === 'mon' ? { hint: t('directory.hoursHint') } : {})}
                  onInput={(value) => patch(open, { hours: { ...current.hours, [d]: value } })}
                />
              ))}
            </div>
          </fieldset>
        </div>
      )}
      <button
        type="button"
        onClick={() => {
          props.onChange(withLocationIds([...list, { ...emptyLocation }]));
          setOpen(list.length);
        }}
      >
        {t('directory.addLocation')}
      </button>
    </fieldset>
  );
}
