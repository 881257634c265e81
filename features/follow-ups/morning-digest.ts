import { t, tn } from '../../locales/i18n';
import type { FollowUp } from '../../storage/schemas';
import type { DueGroups } from './due';

/** The hour (local time) of the optional morning notification. */
export const digestHour = 8;

/** The next local `digestHour`:00 strictly after `now`. */
export function nextDigestTime(now: Date = new Date(), hour = digestHour): Date {
  const today = new Date(now.getFullYear(), now.getMonth(), now.getDate(), hour, 0, 0);
  return today > now ? today : new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1, hour, 0, 0);
}

/**
 * The notification's text: counts and the physicians' names only. Follow-up texts can mention patients, and a
 * system notification shows over whatever is on screen, so they are left out.
 */
export function digestMessage(
  groups: DueGroups<FollowUp>,
  nameOf: (physicianId: string) => string | undefined,
): { title: string; message: string } | null {
  const due = groups.overdue.length + groups.today.length;
  if (due === 0) return null;
  const everyone = [
    ...new Set([...groups.overdue, ...groups.today].map((f) => (f.physicianId ? nameOf(f.physicianId) : undefined))),
  ].filter((n): n is string => Boolean(n));
  const names = everyone.slice(0, 4);
  const parts = [
    groups.overdue.length ? tn('followUps.overdue', groups.overdue.length) : '',
    groups.today.length ? tn('followUps.dueToday', groups.today.length) : '',
  ].filter(Boolean);
  const title = t('followUps.roundsParts', { parts: parts.join(', ') });
  const more = everyone.length > names.length ? t('followUps.andOthers') : '';
  return {
    title,
    message: names.length
      ? t('followUps.withNamesMore', { names: names.join(', '), more })
      : t('followUps.openRoundsToSeeThem'),
  };
}
