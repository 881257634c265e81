import type { Note, Outreach, Physician, Referral } from '../../storage/schemas';
import { type CsvColumn, joinList } from './csv-format';

/** Names for ids, so spreadsheet readers see people, not UUIDs. */
export interface CsvLookups {
  physicianName: (id: string) => string;
  practiceName: (id: string | null) => string;
  programName: (id: string) => string;
}

const names = (ids: readonly string[], l: CsvLookups) => joinList(ids.map(l.physicianName));
const stamps = <R extends { createdAt: string; updatedAt: string; deletedAt: string | null }>(): CsvColumn<R>[] => [
  { header: 'Created', value: (r) => r.createdAt },
  { header: 'Updated', value: (r) => r.updatedAt },
  { header: 'Deleted', value: (r) => r.deletedAt },
];

/** The columns of each CSV export. Dates are ISO 8601 as stored; lists are joined with `|`. */
export function csvColumns(l: CsvLookups) {
  const physicians: CsvColumn<Physician>[] = [
    { header: 'ID', value: (p) => p.id },
    { header: 'NPI', value: (p) => p.npi },
    { header: 'Prefix', value: (p) => p.prefix },
    { header: 'First Name', value: (p) => p.first },
    { header: 'Middle Name', value: (p) => p.middle },
    { header: 'Last Name', value: (p) => p.last },
    { header: 'Suffix', value: (p) => p.suffix },
    { header: 'Credentials', value: (p) => joinList(p.credentials) },
    { header: 'Specialty', value: (p) => p.specialty },
    { header: 'Taxonomy Code', value: (p) => p.taxonomyCode },
    { header: 'Practice', value: (p) => p.practiceName || l.practiceName(p.practiceId) },
    { header: 'Phone', value: (p) => p.phone },
    { header: 'Fax', value: (p) => p.fax },
    { header: 'Email', value: (p) => p.email },
    { header: 'Office Days', value: (p) => joinList(p.officeDays) },
    { header: 'Preferred Contact', value: (p) => p.preferredContact },
    { header: 'Network Status', value: (p) => p.networkStatus },
    { header: 'Tags', value: (p) => joinList(p.tags) },
    { header: 'Tier', value: (p) => p.tier },
    { header: 'Loyalty Note', value: (p) => p.loyaltyNote },
    { header: 'Visit Every (Days)', value: (p) => p.visitEveryDays },
    { header: 'Day Locations', value: (p) => joinList(Object.entries(p.dayLocations).map(([d, l]) => `${d} ${l}`)) },
    {
      header: 'Staff',
      value: (p) => joinList(p.staff.map((s) => [s.name, s.role, s.phone, s.email].filter(Boolean).join(' / '))),
    },
    ...stamps<Physician>(),
  ];
  const outreach: CsvColumn<Outreach>[] = [
    { header: 'ID', value: (o) => o.id },
    { header: 'At', value: (o) => o.at },
    { header: 'Type', value: (o) => o.type },
    { header: 'Physicians', value: (o) => names(o.physicianIds, l) },
    { header: 'Physician IDs', value: (o) => joinList(o.physicianIds) },
    { header: 'Practice', value: (o) => l.practiceName(o.practiceId) },
    { header: 'Duration (minutes)', value: (o) => o.durationMinutes },
    { header: 'Programs', value: (o) => joinList(o.programIds.map(l.programName)) },
    {
      header: 'Materials Left',
      value: (o) => joinList(o.materialsLeft.map((m) => [m.name, m.version].filter(Boolean).join(' '))),
    },
    { header: 'Satisfaction', value: (o) => o.satisfaction },
    { header: 'Event ID', value: (o) => o.eventId },
    { header: 'Concern', value: (o) => o.concern?.category },
    { header: 'Concern Status', value: (o) => o.concern?.status },
    { header: 'Concern Department', value: (o) => o.concern?.department },
    { header: 'Concern Owner', value: (o) => o.concern?.owner },
    {
      header: 'Concern Actions',
      value: (o) => joinList((o.concern?.actions ?? []).map((a) => `${a.on} ${a.text}`)),
    },
    { header: 'Concern Resolved', value: (o) => o.concern?.resolvedAt },
    { header: 'Concern Reported Back', value: (o) => o.concern?.reportedBackOn },
    { header: 'Gift Value (cents)', value: (o) => o.giftValueCents },
    { header: 'Gift', value: (o) => o.giftDescription },
    { header: 'Follow-up Date', value: (o) => o.followUpDate },
    { header: 'Location', value: (o) => o.location },
    { header: 'Notes', value: (o) => o.sensitive.notes },
    { header: 'Outcome', value: (o) => o.sensitive.outcome },
    { header: 'Concern Text', value: (o) => o.sensitive.concernText },
    { header: 'Follow-up Text', value: (o) => o.sensitive.followUpText },
    { header: 'Concern Resolution', value: (o) => o.sensitive.concernResolution },
    ...stamps<Outreach>(),
  ];
  const referrals: CsvColumn<Referral>[] = [
    { header: 'ID', value: (r) => r.id },
    { header: 'Received', value: (r) => r.receivedAt },
    { header: 'Physician', value: (r) => l.physicianName(r.physicianId) },
    { header: 'Physician ID', value: (r) => r.physicianId },
    { header: 'Service Line', value: (r) => r.serviceLine },
    { header: 'Status', value: (r) => r.status },
    { header: 'Lost To', value: (r) => r.lostTo },
    { header: 'Lost Reason', value: (r) => r.lostReason },
    { header: 'History', value: (r) => joinList(r.history.map((h) => `${h.status} ${h.at}`)) },
    { header: 'Follow-up Date', value: (r) => r.followUpDate },
    { header: 'Patient Reference', value: (r) => r.sensitive.patientRef },
    { header: 'Notes', value: (r) => r.sensitive.notes },
    { header: 'Page', value: (r) => (r.page ? `${r.page.origin}${r.page.path}` : '') },
    ...stamps<Referral>(),
  ];
  const notes: CsvColumn<Note>[] = [
    { header: 'ID', value: (n) => n.id },
    { header: 'Physicians', value: (n) => names(n.physicianIds, l) },
    { header: 'Physician IDs', value: (n) => joinList(n.physicianIds) },
    { header: 'Referral ID', value: (n) => n.referralId },
    { header: 'Page Title', value: (n) => n.page?.title },
    { header: 'Page', value: (n) => (n.page ? `${n.page.origin}${n.page.path}` : '') },
    { header: 'Text', value: (n) => n.sensitive.body },
    ...stamps<Note>(),
  ];
  return { physicians, outreach, referrals, notes };
}
