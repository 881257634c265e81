import {
  emptyOutreachFields,
  type OutreachFields,
  type OutreachWith,
  toLogRequest,
} from '../../features/outreach/outreach-form';
import type { LogOutreachRequest } from '../../messaging/outreach-log';
import type { Suggestion } from './suggestions';

/** The quick-log form: who was chosen in the combobox, and the outreach fields every form shares. */
export interface QuickLogForm extends OutreachFields {
  chosen: Suggestion[];
}

/** A fresh form: now, the last activity used, nothing chosen. */
export function emptyForm(lastActivity: string | undefined, now = new Date()): QuickLogForm {
  return { chosen: [], ...emptyOutreachFields(lastActivity, now) };
}

/** Who the combobox chose: directory physicians, new names, and at most one practice. */
function chosenWith(chosen: readonly Suggestion[]): OutreachWith {
  const withWhom: OutreachWith = { physicianIds: [], newPhysicians: [], practiceId: null };
  for (const c of chosen) {
    if (c.kind === 'physician') withWhom.physicianIds.push(c.physician.id);
    else if (c.kind === 'practice') withWhom.practiceId = c.practice.id;
    else withWhom.newPhysicians.push(c.name);
  }
  return withWhom;
}

/** The `outreach.log` request for the form, or a sentence saying what is missing. */
export function toRequest(form: QuickLogForm): { request: LogOutreachRequest } | { problem: string } {
  return toLogRequest(form, chosenWith(form.chosen));
}
