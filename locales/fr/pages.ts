import type { pages as english } from '../en/pages';
import type { Translation } from '../types';

export const pages: Translation<typeof english> = {
  'pages.popupTitle': 'Rounds',
  'pages.optionsTitle': 'Paramètres de Rounds',
  'pages.sidebarTitle': 'Panneau latéral de Rounds',
  'pages.dashboardTitle': 'Tableau de bord des adressages de Rounds',
  'pages.activityTitle': 'Activité de Rounds',
  'pages.planTitle': 'Planifier ma journée · Rounds',
  'pages.captureTitle': 'Capture de Rounds',
  'pages.welcomeTitle': 'Bienvenue dans Rounds',
};
