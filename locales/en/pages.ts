import type { Messages } from '../types';

/** English (source) texts of pages. */
export const pages = {
  'pages.popupTitle': 'Rounds',
  'pages.optionsTitle': 'Rounds settings',
  'pages.sidebarTitle': 'Rounds sidebar',
  'pages.dashboardTitle': 'Rounds referral dashboard',
  'pages.activityTitle': 'Rounds activity',
  'pages.planTitle': 'Plan my day · Rounds',
  'pages.captureTitle': 'Rounds capture',
  'pages.welcomeTitle': 'Welcome to Rounds',
} satisfies Messages;
