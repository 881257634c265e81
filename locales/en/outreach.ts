import type { Messages } from '../types';

/** English (source) texts of outreach. */
export const outreach = {
  'outreach.concernMealOrGift': 'Concern, meal or gift',
  'outreach.concernRaised': 'Concern raised',
  'outreach.none': 'None',
  'outreach.concern': 'Concern',
  'outreach.department': 'Department',
  'outreach.radiology': 'Radiology',
  'outreach.owner': 'Owner',
  'outreach.whoAtTheHospital': 'Who at the hospital',
  'outreach.mealOrGiftValue': 'Meal or gift value ($)',
  'outreach.mealOrGift': 'Meal or gift',
  'outreach.logOutreach': 'Log outreach',
  'outreach.outreachNotes': 'Outreach notes',
  'outreach.saveOutreach': 'Save outreach',
  'outreach.cancel': 'Cancel',
  'outreach.activity': 'Activity',
  'outreach.date': 'Date',
  'outreach.thisDateIsInThe': 'This date is in the future.',
  'outreach.location': 'Location',
  'outreach.whereWhenNotTheOffice': 'Where, when not the office: a hospital unit, the doctors’ lounge',
  'outreach.notes': 'Notes',
  'outreach.satisfaction': 'Satisfaction',
  'outreach.followUpDate': 'Follow-up date',
  'outreach.followUpTask': 'Follow-up task',
} satisfies Messages;
