import type { RoundsDatabase } from '../../storage/database';
import { repositories } from '../../storage/repositories';

const daysAgo = (n: number, hour = 10) => {
  const d = new Date();
  d.setDate(d.getDate() - n);
  d.setHours(hour, 0, 0, 0);
  return d.toISOString();
};
const localDay = (offset: number) => {
  const d = new Date();
  d.setDate(d.getDate() + offset);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

/** Fictional history for the demo (npm start only): outreach, a note, a referral in progress, a due follow-up. */
export async function seedDemoHistory(db: RoundsDatabase): Promise<void> {
  if ((await db.outreach.count()) > 0) return;
  const repos = repositories(db);
  const byLast = new Map((await db.physicians.toArray()).map((p) => [p.last, p]));
  const id = (last: string) => byLast.get(last)?.id;
  const [smith, obrien, raman, cruz] = [id('Smith'), id("O'Brien"), id('Raman'), id('de la Cruz')];
  if (!smith || !obrien || !raman || !cruz) return;
  const program = async (name: string, serviceLine: string, talkingPoints: string) =>
    (
      await repos.programs.create({
        name,
        serviceLine,
        talkingPoints,
        materials: [{ name: 'Brochure', version: '2026-1' }],
      })
    ).id;
  const echo = await program('Same-week echo', 'Cardiology', 'Echo within 5 days of the referral; results by fax.');
  const mri = await program('Open MRI', 'Imaging', 'Wide-bore MRI for anxious and larger patients.');
  const joints = await program('Joint replacement', 'Orthopaedics', 'Pre-op class and a navigator for every patient.');
  await repos.outreach.create({
    physicianIds: [smith, raman, obrien],
    type: 'lunch-and-learn',
    at: daysAgo(30, 12),
    durationMinutes: 45,
    programIds: [echo, mri],
    materialsLeft: [{ programId: echo, name: 'Brochure', version: '2026-1' }],
    satisfaction: 4,
    giftValueCents: 1850,
    giftDescription: 'Lunch for 6',
    sensitive: { notes: 'Presented same-week echo access.', outcome: 'Positive', concernText: '', followUpText: '' },
  });
  await repos.outreach.create({
    physicianIds: [smith],
    type: 'visit',
    at: daysAgo(12),
    programIds: [echo],
    satisfaction: 5,
    sensitive: { notes: 'Met Mona; left referral pads.', outcome: '', concernText: '', followUpText: '' },
  });
  await repos.outreach.create({
    physicianIds: [cruz],
    type: 'call',
    at: daysAgo(3, 15),
    programIds: [joints],
    satisfaction: 2,
    concern: { category: 'report-turnaround', department: 'Orthopaedics', owner: 'Post-op clinic manager' },
    sensitive: { notes: '', outcome: '', concernText: 'Post-op reports take a week to arrive.', followUpText: '' },
  });
  await repos.notes.create({
    physicianIds: [smith],
    sensitive: { body: 'Prefers referrals by fax before noon; Mona coordinates echo slots.' },
  });
  await repos.referrals.create({
    physicianId: smith,
    serviceLine: 'Cardiology',
    receivedAt: daysAgo(4, 9),
    status: 'scheduled',
    history: [
      { status: 'received', at: daysAgo(4, 9), reason: '' },
      { status: 'scheduled', at: daysAgo(2, 11), reason: '' },
    ],
    sensitive: { patientRef: 'J.D.', notes: '' },
  });
  await repos.followUps.create({
    dueDate: localDay(0),
    physicianId: obrien,
    sensitive: { text: 'Drop off the new cardiology referral pads.' },
  });
}
