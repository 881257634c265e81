import type { welcome as english } from '../en/welcome';
import type { Translation } from '../types';

export const welcome: Translation<typeof english> = {
  'welcome.sixFictionalPhysiciansAndThree':
    'Seis médicos y tres consultas ficticios, para ver Rounds en acción antes de añadir los suyos.',
  'welcome.addSampleData': 'Añadir datos de ejemplo',
  'welcome.removeSampleData': 'Quitar datos de ejemplo',
  'welcome.welcomeToRounds': 'Bienvenido a Rounds',
  'welcome.roundsKeepsYourPhysicianNotes':
    'Rounds guarda sus notas de médicos, contactos y derivaciones junto a los portales que ya utiliza. Todo se queda en este navegador. Elija cómo empezar:',
  'welcome.enableAPortal': 'Activar un portal',
  'welcome.addTheAddressOfYour':
    'Añada la dirección de su portal de historia clínica o de citas; el panel lateral nombrará entonces a los médicos que reconozca.',
  'welcome.addAPortalInSettings': 'Añadir un portal en la configuración',
  'welcome.importYourRoster': 'Importar su listado',
  'welcome.bringInACsvOf':
    'Traiga un CSV de los médicos que atiende (columnas en cualquier orden; usted indica cuál es cuál).',
  'welcome.importARosterInSettings': 'Importar un listado en la configuración',
  'welcome.trySampleData': 'Probar con datos de ejemplo',
  'welcome.whatRoundsStoresAndThe': ': qué guarda Rounds y lo único que llega a enviar.',
  'welcome.privacyPolicy': 'Política de privacidad',
  'welcome.addedCountFictionalPhysiciansOpen':
    'Se añadieron {count} médicos ficticios. Abra la ventana emergente o la configuración para echar un vistazo.',
  'welcome.sampleDataGoesOnlyInto':
    'Los datos de ejemplo solo se añaden a un directorio vacío; el suyo ya tiene médicos.',
  'welcome.removedCountSamplePhysicians': 'Se quitaron {count} médicos de ejemplo.',
};
