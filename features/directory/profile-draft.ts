import { t } from '../../locales/i18n';
import {
  type networkStatuses,
  type Physician,
  type PhysicianInput,
  type PracticeLocation,
  type preferredContacts,
  staffMember,
  type staffRoles,
  type tiers,
  type Weekday,
  weekdays,
} from '../../storage/schemas';
import { issuesOf } from '../../storage/validation';

/** One staff member as the form holds it. */
export interface StaffDraft {
  name: string;
  role: (typeof staffRoles)[number];
  phone: string;
  email: string;
  notes: string;
}

/** The office profile part of the physician form (the name and contact fields are PhysicianDraft). */
export interface ProfileDraft {
  email: string;
  preferredContact: (typeof preferredContacts)[number] | '';
  tags: string;
  networkStatus: (typeof networkStatuses)[number];
  tier: (typeof tiers)[number] | '';
  visitEveryDays: string;
  /** Where this physician sends which service line (schema version 4). */
  loyaltyNote: string;
  officeDays: Weekday[];
  dayLocations: Partial<Record<Weekday, string>>;
  staff: StaffDraft[];
}

export const emptyProfile: ProfileDraft = {
  email: '',
  preferredContact: '',
  tags: '',
  networkStatus: 'unknown',
  tier: '',
  visitEveryDays: '',
  loyaltyNote: '',
  officeDays: [],
  dayLocations: {},
  staff: [],
};

export const emptyStaff: StaffDraft = { name: '', role: 'front-desk', phone: '', email: '', notes: '' };

/** A stored physician's profile, as the form shows it. */
export function profileOf(p: Physician): ProfileDraft {
  return {
    email: p.email,
    preferredContact: p.preferredContact ?? '',
    tags: p.tags.join(', '),
    networkStatus: p.networkStatus,
    tier: p.tier ?? '',
    visitEveryDays: p.visitEveryDays === null ? '' : String(p.visitEveryDays),
    loyaltyNote: p.loyaltyNote ?? '',
    officeDays: [...p.officeDays],
    dayLocations: { ...p.dayLocations },
    staff: p.staff.map((s) => ({ ...s })),
  };
}

export type ProfileErrors = Partial<Record<'email' | 'tags' | 'visitEveryDays' | `staff.${number}`, string>>;

const blankStaff = (s: StaffDraft) => !s.name.trim() && !s.phone.trim() && !s.email.trim() && !s.notes.trim();

/**
 * The physician input fields of a profile, or the errors per field. Office days keep Monday-first order; a day's
 * location is kept only while the day is ticked and the location exists; a staff row left blank is dropped.
 */
export function profileToInput(
  draft: ProfileDraft,
  locations: readonly PracticeLocation[] | null,
): { fields: Partial<PhysicianInput> } | { errors: ProfileErrors } {
  const errors: ProfileErrors = {};
  const every = draft.visitEveryDays.trim();
  const everyDays = every ? Number(every) : null;
  if (everyDays !== null && !(Number.isInteger(everyDays) && everyDays >= 1 && everyDays <= 730)) {
    errors.visitEveryDays = t('directory.visitEveryAWholeNumber');
  }
  const tags = [
    ...new Set(
      draft.tags
        .split(/[,;]+/)
        .map((t) => t.trim())
        .filter(Boolean),
    ),
  ];
  if (tags.some((t) => t.length > 60)) errors.tags = t('directory.aTagIsAtMost');
  const staff = draft.staff.filter((s) => !blankStaff(s));
  staff.forEach((s, i) => {
    const parsed = staffMember.safeParse(s);
    if (!parsed.success)
      errors[`staff.${i}`] = `${s.name || t('directory.staffMember2')}: ${issuesOf(parsed.error).join('; ')}`;
  });
  const email = draft.email.trim();
  if (email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) errors.email = t('directory.notAnEmailAddress');
  if (Object.keys(errors).length) return { errors };
  const officeDays = weekdays.filter((d) => draft.officeDays.includes(d));
  const known = new Set((locations ?? []).map((l) => l.id));
  const dayLocations: Partial<Record<Weekday, string>> = {};
  for (const d of officeDays) {
    const id = draft.dayLocations[d];
    if (id && (locations === null || known.has(id))) dayLocations[d] = id;
  }
  return {
    fields: {
      email,
      preferredContact: draft.preferredContact || null,
      tags,
      networkStatus: draft.networkStatus,
      tier: draft.tier || null,
      visitEveryDays: everyDays,
      loyaltyNote: draft.loyaltyNote.trim(),
      officeDays,
      dayLocations,
      staff: staff.map((s) => ({ ...s, name: s.name.trim() })),
    },
  };
}
