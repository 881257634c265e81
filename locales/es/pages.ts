import type { pages as english } from '../en/pages';
import type { Translation } from '../types';

export const pages: Translation<typeof english> = {
  'pages.popupTitle': 'Rounds',
  'pages.optionsTitle': 'Configuración de Rounds',
  'pages.sidebarTitle': 'Panel lateral de Rounds',
  'pages.dashboardTitle': 'Panel de derivaciones de Rounds',
  'pages.activityTitle': 'Actividad de Rounds',
  'pages.planTitle': 'Planificar mi día · Rounds',
  'pages.captureTitle': 'Captura de Rounds',
  'pages.welcomeTitle': 'Bienvenido a Rounds',
};
