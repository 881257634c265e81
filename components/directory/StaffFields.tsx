import { useState } from 'preact/hooks';
import { staffRoleLabels } from '../../features/directory/labels';
import { emptyStaff, type StaffDraft } from '../../features/directory/profile-draft';
import { t } from '../../locales/i18n';
import { staffRoles } from '../../storage/schemas';
import { Field } from '../Field';
import { SelectField } from '../SelectField';
import { EditRemove } from './EditRemove';

const roleOptions = staffRoles.map((r) => [r, staffRoleLabels[r]] as const);

/**
 * The office's staff: one line per member, and one member's fields open at a time (so `Staff name` and the others
 * name one box each). `Add staff member` opens a new one; the list always holds what is typed.
 */
export function StaffFields(props: {
  value: StaffDraft[];
  onChange: (staff: StaffDraft[]) => void;
  errors: Partial<Record<number, string>>;
}) {
  const [open, setOpen] = useState<number | null>(null);
  const staff = props.value;
  const patch = (i: number, p: Partial<StaffDraft>) =>
    props.onChange(staff.map((s, k) => (k === i ? { ...s, ...p } : s)));
  const current = open === null ? undefined : staff[open];
  return (
    <fieldset class="staff-fields">
      <legend>{t('directory.officeStaff')}</legend>
      {staff.length > 0 && (
        <ul class="plain">
          {staff.map((s, i) => (
            <li key={i} class="row">
              <span>
                {s.name || t('directory.newStaffMember')} · {staffRoleLabels[s.role]}
                {s.phone && ` · ${s.phone}`}
                {s.email && ` · ${s.email}`}
              </span>
              {props.errors[i] && <span class="error">{props.errors[i]}</span>}
              <EditRemove
                what={s.name || t('directory.staffMember')}
                open={open === i}
                onEdit={() => setOpen(i)}
                onRemove={() => {
                  props.onChange(staff.filter((_, k) => k !== i));
                  setOpen(null);
                }}
              />
            </li>
          ))}
        </ul>
      )}
      {current && open !== null && (
        <div class="grid2 card">
          <Field
            label={t('directory.staffName')}
            value={current.name}
            autoFocus
            onInput={(name) => patch(open, { name })}
          />
          <SelectField
            label={t('directory.staffRole')}
            value={current.role}
            options={roleOptions}
            onChange={(role) => patch(open, { role })}
          />
          <Field
            label={t('directory.staffPhone')}
            type="tel"
            value={current.phone}
            onInput={(phone) => patch(open, { phone })}
          />
          <Field
            label={t('directory.staffEmail')}
            type="email"
            value={current.email}
            onInput={(email) => patch(open, { email })}
          />
          <Field
            label={t('directory.staffNotes')}
            multiline
            value={current.notes}
            onInput={(notes) => patch(open, { notes })}
          />
        </div>
      )}
      <button
        type="button"
        onClick={() => {
          props.onChange([...staff, { ...emptyStaff }]);
          setOpen(staff.length);
        }}
      >
        {t('directory.addStaffMember')}
      </button>
    </fieldset>
  );
}
