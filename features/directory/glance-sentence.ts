import { t, tn } from '../../locales/i18n';
import { visitDue, weekdayOf } from '../cadence/visit-due';
import { weekdayLabels } from './labels';
import { keyContact, locationOn } from './office-profile';
import type { PhysicianGlance } from './physician-glance';

/** "Visit due in 3 days", "Visit due today", "Visit overdue by 4 days", "Never visited". */
export function visitDueText(lastVisitAt: string | null, everyDays: number, today: string): string {
  const due = visitDue(lastVisitAt, everyDays, today);
  if (due.daysUntil === null) return t('directory.neverVisited');
  const n = Math.abs(due.daysUntil);
  if (due.daysUntil === 0) return t('directory.visitDueToday');
  return due.daysUntil > 0 ? tn('directory.visitDueIn', n) : tn('directory.visitOverdueBy', n);
}

/** Where the physician is today: "In today at Main St", "Not in today (Monday, Wednesday)", or nothing known. */
export function todayText(glance: Pick<PhysicianGlance, 'physician' | 'practice'>, today: string): string {
  const { physician: p, practice } = glance;
  if (p.officeDays.length === 0) return '';
  const weekday = weekdayOf(today);
  if (!p.officeDays.includes(weekday))
    return t('directory.notInTodayMap', { map: p.officeDays.map((d) => weekdayLabels[d]).join(', ') });
  const location = locationOn(p, practice, weekday);
  const place = location ? location.label || location.address : '';
  return place ? t('directory.inTodayAtPlace', { place }) : t('directory.inToday');
}

/** The glance card's one useful sentence: "In today at Main St · Referral coordinator: Mona Reyes · Visit due in 3 days". */
export function glanceSentence(glance: PhysicianGlance, today: string): string {
  return [
    todayText(glance, today),
    keyContact(glance.physician),
    visitDueText(glance.lastVisit?.at ?? null, glance.visitEveryDays, today),
  ]
    .filter(Boolean)
    .join(' · ');
}
