import { useId } from 'preact/hooks';
import type { ColumnMapping, RosterField } from '../../../features/transfer';
import { rosterFields } from '../../../features/transfer';
import { t } from '../../../locales/i18n';

const fieldLabels: Record<RosterField, string> = {
  npi: 'NPI',
  entityType: 'Entity type',
  prefix: 'Prefix',
  first: 'First name',
  middle: 'Middle name',
  last: 'Last name',
  suffix: 'Suffix',
  credentials: 'Credentials',
  prefixAndCredentials: 'Prefix and credentials (one cell)',
  specialty: 'Specialty',
  taxonomyCode: 'Taxonomy code',
  practiceName: 'Practice',
  address: 'Address',
  address2: 'Address line 2',
  city: 'City',
  state: 'State',
  postalCode: 'ZIP code',
  phone: 'Phone',
  fax: 'Fax',
  email: 'Email',
  tags: 'Tags',
  networkStatus: 'Network status',
  tier: 'Tier',
  visitEveryDays: 'Visit every (days)',
  officeDays: 'Office days',
  preferredContact: 'Preferred contact',
};

/** One select per roster field ("Column for Last name"), prefilled with the detected mapping. */
export function RosterMapping(props: {
  headers: string[];
  mapping: ColumnMapping;
  onChange: (m: ColumnMapping) => void;
}) {
  const id = useId();
  return (
    <fieldset>
      <legend>{t('options.whichColumnHoldsWhatDetected')}</legend>
      {rosterFields.map((field) => (
        <div class="field" key={field}>
          <label for={`${id}-${field}`}>{t('options.columnFor', { field: fieldLabels[field] })}</label>
          <select
            id={`${id}-${field}`}
            value={props.mapping[field] === undefined ? '' : String(props.mapping[field])}
            onChange={(e) => {
              const value = e.currentTarget.value;
              const next = { ...props.mapping };
              if (value === '') delete next[field];
              else next[field] = Number(value);
              props.onChange(next);
            }}
          >
            <option value="">{t('options.none')}</option>
            {props.headers.map((h, i) => (
              <option key={`${i}-${h}`} value={String(i)}>
                {h || t('options.columnNumber', { number: i + 1 })}
              </option>
            ))}
          </select>
        </div>
      ))}
    </fieldset>
  );
}
