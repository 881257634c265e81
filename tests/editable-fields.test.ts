import { describe, expect, it } from 'vitest';
import { locationTextFields } from '../components/directory/LocationFields';
import type { ConcernUpdate } from '../features/concerns/concern-actions';
import { draftToInput, type PhysicianDraft } from '../features/directory/physician-form-state';
import { type ProfileDraft, profileToInput } from '../features/directory/profile-draft';
import { eventRequestOf } from '../features/events/event-draft';
import { emptyOutreachFields, toLogRequest } from '../features/outreach/outreach-form';
import { draftToProgram } from '../features/programs/program-draft';
import {
  concern,
  dayPlan,
  eventInput,
  outreachInput,
  physicianInput,
  practiceInput,
  practiceLocation,
  programInput,
  staffMember,
} from '../storage/schemas';

/**
 * Every field a record holds is editable in some form, or is named here as set by the system, with where. A new
 * schema field that no form sets fails this test (the lesson of the first wave: a field no form can set is a
 * half-built feature). "Editable" is checked through the forms' own draft → input functions, filled completely.
 */
// `createdBy` / `updatedBy` (schema version 6) are system keys like `createdAt`: every write of a shared table is
// stamped with the signed-in team member (storage/team/team-writes.ts), never typed; they are not in any input.
const setBySystem: Record<string, Record<string, string>> = {
  physician: {
    source: 'where the record came from: capture, import, registry (features/capture, features/transfer)',
    practiceId: 'the practice named in `Practice`, linked by saveOfficeProfile or the roster import',
  },
  practice: {
    name: 'the physician form’s `Practice` (saveOfficeProfile creates the practice of that name)',
    locations: 'the physician form’s `Practice locations` (LocationFields)',
    tags: 'not editable yet: imported with JSON files only; the dashboard groups by physician tags',
  },
  location: { id: 'given when a location is added (withLocationIds)', hours: 'the `<Weekday> hours` fields' },
  outreach: {
    physicianIds: 'who: the quick-log `Physician` combobox, the sidebar’s physician, the plan’s stop',
    practiceId: 'who: a practice chosen in the quick-log combobox',
    durationMinutes: 'not editable yet (before the field day): imported only',
    concern: 'the concern category, department and owner (ConcernAndGift); the rest in the concern form (below)',
    eventId: 'set by events.log on the touches an event creates (features/events/log-event.background.ts)',
  },
  event: {
    outreachIds: 'set by events.log: the touches it created, one per attending physician',
  },
  referral: {
    lostTo: 'the referral form’s and Move to…’s `Lost to` when the status is lost (LostFields)',
    lostReason: 'the referral form’s and Move to…’s `Lost reason` when the status is lost (LostFields)',
  },
  dayPlan: {
    day: 'the plan page’s `Day`',
    startTime: 'the plan page’s `Start at`',
    minutesPerStop: 'the plan page’s `Minutes per stop`',
    stops: 'the plan page: `Add to plan`, ordering, `Done`, `Skip`, `Remove`',
  },
};

const keysOf = (schema: { shape: object }) => Object.keys(schema.shape);
const unexplained = (all: string[], edited: Iterable<string>, kind: string) => {
  const covered = new Set([...edited, ...Object.keys(setBySystem[kind] ?? {})]);
  return all.filter((k) => !covered.has(k));
};

describe('every schema field is editable somewhere or set by the system', () => {
  it('physicians: the physician form (details and office profile) sets every other field', () => {
    const draft: PhysicianDraft = {
      prefix: 'Dr.',
      first: 'Jane',
      middle: 'A',
      last: 'Smith',
      suffix: 'Jr.',
      credentials: 'MD',
      npi: '1234567893',
      specialty: 'Cardiology',
      taxonomyCode: '207RC0000X',
      practiceName: 'Lakeside',
      phone: '555',
      fax: '556',
    };
    const profile: ProfileDraft = {
      email: 'j@example.org',
      preferredContact: 'fax',
      tags: 'north',
      networkStatus: 'affiliated',
      tier: 'A',
      visitEveryDays: '21',
      loyaltyNote: 'Orthopaedics to Mercy',
      officeDays: ['mon'],
      dayLocations: { mon: 'L1' },
      staff: [{ name: 'Mona', role: 'scheduler', phone: '1', email: 'm@example.org', notes: 'n' }],
    };
    const office = profileToInput(profile, null);
    if (!('fields' in office)) throw new Error(JSON.stringify(office.errors));
    const result = draftToInput(draft, office.fields);
    if (!('input' in result)) throw new Error(JSON.stringify(result.errors));
    const defaults = physicianInput.parse({ last: 'x' }) as Record<string, unknown>;
    const edited = Object.entries(result.input)
      .filter(([k, v]) => JSON.stringify(v) !== JSON.stringify(defaults[k]))
      .map(([k]) => k);
    expect(unexplained(keysOf(physicianInput), edited, 'physician')).toEqual([]);
    expect(Object.keys(result.input.staff?.[0] ?? {}).sort()).toEqual(keysOf(staffMember).sort());
  });

  it('practices and their locations: the location fields set every other field', () => {
    expect(unexplained(keysOf(practiceInput), [], 'practice')).toEqual([]);
    expect(
      unexplained(
        keysOf(practiceLocation),
        locationTextFields.map(([k]) => k),
        'location',
      ),
    ).toEqual([]);
  });

  it('outreach: the outreach fields (popup, sidebar, plan) set every other field', () => {
    const fields = {
      ...emptyOutreachFields('hospital-rounds'),
      location: '4 West',
      notes: 'n',
      programIds: ['p'],
      materialsLeft: [{ programId: 'p', name: 'Brochure', version: '1' }],
      satisfaction: '4',
      concernCategory: 'access' as const,
      concernText: 'c',
      concernDepartment: 'Radiology',
      concernOwner: 'Manager',
      giftValue: '12',
      giftDescription: 'Lunch',
      followUpDate: '2026-01-01',
      followUpText: 'f',
    };
    const built = toLogRequest(fields, { physicianIds: ['p'], newPhysicians: [], practiceId: null });
    if (!('request' in built)) throw new Error(built.problem);
    const entry = built.request.entry as Record<string, unknown>;
    const edited = Object.keys(entry).filter((k) => entry[k] !== null && entry[k] !== '');
    const sensitive = entry.sensitive as Record<string, string>;
    // outcome: not editable yet; concernResolution: the concern form (below)
    expect(Object.values(sensitive).filter(Boolean)).toHaveLength(3);
    expect(entry.concern).toEqual({ category: 'access', department: 'Radiology', owner: 'Manager' });
    expect(unexplained(keysOf(outreachInput as never), edited, 'outreach')).toEqual([]);
  });

  it('concerns: the concern form (Resolve concern) sets the workflow fields the outreach form does not', () => {
    const update: Record<keyof ConcernUpdate, unknown> = {
      status: 'resolved',
      department: 'd',
      owner: 'o',
      resolution: 'sensitive.concernResolution',
      reportedBackOn: '2026-01-02',
      action: { on: '2026-01-01', text: 'a' },
    };
    const covered = [...Object.keys(update), 'category', 'resolvedAt', 'actions'];
    expect(Object.keys(concern.shape).filter((k) => !covered.includes(k))).toEqual([]);
  });

  it('programs: the options page’s program form sets every field', () => {
    const built = draftToProgram({
      name: 'Trial',
      serviceLine: 'Cardiology',
      kind: 'research-study',
      talkingPoints: 't',
      howToRefer: 'h',
      phone: '1',
      fax: '2',
      link: 'https://example.org/',
      materials: 'Brochure | 3',
    });
    if (!('input' in built)) throw new Error(JSON.stringify(built.errors));
    const defaults = programInput.parse({ name: 'x' }) as Record<string, unknown>;
    const edited = Object.entries(built.input).filter(([k, v]) => JSON.stringify(v) !== JSON.stringify(defaults[k]));
    expect(unexplained(keysOf(programInput), edited.map(([k]) => k).concat('name'), 'program')).toEqual([]);
  });

  it('events: the Log event form sets every field', () => {
    const built = eventRequestOf({
      type: 'cme-dinner',
      date: '2026-01-01',
      venue: 'v',
      speaker: 's',
      programIds: [crypto.randomUUID()],
      materialsLeft: [{ programId: crypto.randomUUID(), name: 'b', version: '' }],
      inviteeIds: [crypto.randomUUID()],
      attendeeIds: [crypto.randomUUID()],
      staff: 'Mona',
      cost: '12.50',
      headcount: '5',
      notes: 'n',
    });
    if (!('request' in built)) throw new Error(built.problem);
    const edited = Object.keys(built.request.event);
    expect(unexplained(keysOf(eventInput), edited, 'event')).toEqual([]);
  });

  it('referrals: lost fields are named (the rest predate this test)', () => {
    expect(unexplained(['lostTo', 'lostReason'], [], 'referral')).toEqual([]);
  });

  it('day plans: the plan page sets every field', () => {
    const {
      id: _i,
      createdAt: _c,
      updatedAt: _u,
      deletedAt: _d,
      createdBy: _cb,
      updatedBy: _ub,
      ...fields
    } = dayPlan.shape;
    expect(unexplained(Object.keys(fields), [], 'dayPlan')).toEqual([]);
  });
});
