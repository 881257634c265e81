import { useId } from 'preact/hooks';
import type { ColumnMapping, RosterField } from '../../../features/transfer';
import { rosterFields } from '../../../features/transfer';
import { t } from '../../../locales/i18n';

const fieldLabels: Record<RosterField, string> = {
  npi: 'NPI',
  entityType: t('options.entityType'),
  prefix: t('options.prefix'),
  first: t('options.firstName'),
  middle: t('options.middleName'),
  last: t('options.lastName'),
  suffix: t('options.suffix'),
  credentials: t('options.credentials'),
  prefixAndCredentials: t('options.prefixAndCredentialsOneCell'),
  specialty: t('options.specialty'),
  taxonomyCode: t('options.taxonomyCode'),
  practiceName: t('options.practice'),
  address: t('options.address'),
  address2: t('options.addressLine2'),
  city: t('options.city'),
  state: t('options.state'),
  postalCode: t('options.zipCode'),
  phone: t('options.phone'),
  fax: t('options.fax'),
  email: t('options.email'),
  tags: t('options.tags'),
  networkStatus: t('options.networkStatus'),
  tier: t('options.tier'),
  visitEveryDays: t('options.visitEveryDays'),
  officeDays: t('options.officeDays'),
  preferredContact: t('options.preferredContact'),
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
