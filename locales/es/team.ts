import type { team as english } from '../en/team';
import type { Translation } from '../types';

export const team: Translation<typeof english> = {
  'team.addressNotAWebAddress': '{address}: no es una dirección web (como https://couch.example.org/team-north)',
  'team.team': 'Equipo',
  'team.shareTheDirectoryPracticesOutreach':
    'Comparta el directorio, las consultas, los contactos, los seguimientos, las derivaciones y los programas con su equipo a través del servidor CouchDB de su organización. Desactivado hasta que inicie sesión; Rounds funciona sin conexión y sincroniza más tarde.',
  'team.teamServerAddress': 'Dirección del servidor del equipo',
  'team.theServerAndYourTeam':
    'El servidor y la base de datos de su equipo, por ejemplo https://couch.example.org/team-north',
  'team.username': 'Nombre de usuario',
  'team.password': 'Contraseña',
  'team.signIn': 'Iniciar sesión',
  'team.signOut': 'Cerrar sesión',
  'team.syncNow': 'Sincronizar ahora',
  'team.signingIn': 'Iniciando sesión…',
  'team.signedInAsNameTo': 'Sesión iniciada como {name} en {address}.',
  'team.roundsWasNotAllowedTo': 'No se permitió a Rounds acceder a {origin}; no se cambió nada.',
  'team.patientInformationNoteTextPatient':
    'La información de pacientes (texto de las notas, referencias de pacientes, notas de contacto, texto de seguimientos y las páginas donde se escribieron) no se replica: se queda en este navegador y el servidor nunca la recibe.',
  'team.syncIsOff': 'La sincronización está desactivada',
  'team.synced': 'Sincronizado',
  'team.syncing': 'Sincronizando',
  'team.offline': 'Sin conexión',
  'team.error': 'Error',
  'team.lastSyncedAt': 'última sincronización {at}',
  'team.serverDocumentsNotAccepted': 'Documentos del servidor no aceptados',
  'team.theseDocumentsFromTheTeam':
    'Estos documentos del servidor del equipo no superaron las comprobaciones de Rounds y no se escribieron:',
  'team.recordsInConflict': 'Registros en conflicto',
  'team.twoTeamMembersChangedThese':
    'Dos miembros del equipo cambiaron estos registros a la vez. No se pierde nada: elija la versión que conservar.',
  'team.resolveConflict': 'Resolver conflicto',
  'team.keepVersionN': 'Conservar la versión {n}',
  'team.cancel': 'Cancelar',
  'team.field': 'Campo',
  'team.conflictResolvedTheVersionYou': 'Conflicto resuelto: la versión que conservó se sincroniza con el equipo.',
  'team.physician': 'Médico',
  'team.practice': 'Consulta',
  'team.outreach': 'Contactos',
  'team.followUp': 'Seguimiento',
  'team.referral': 'Derivación',
  'team.program': 'Programa',
  'team.teamServerAddressNotA':
    'Dirección del servidor del equipo: no es una dirección web (como https://couch.example.org/team-north)',
  'team.teamServerAddressUseHttps': 'Dirección del servidor del equipo: use https://',
  'team.teamServerAddressAddThe':
    'Dirección del servidor del equipo: añada la base de datos del equipo tras el servidor (…/team-north)',
  'team.teamServerAddressDatabaseIs':
    'Dirección del servidor del equipo: «{database}» no es un nombre de base de datos de equipo',
  'team.signInRefused401The':
    'Inicio de sesión rechazado (401): el servidor no reconoce este nombre de usuario y contraseña.',
  'team.notAMemberOfDatabase':
    'No es miembro de {database} ({status}): pida al responsable de su equipo que le asigne el rol de enlace.',
  'team.noTeamDatabaseDatabaseOn':
    'No hay ninguna base de datos de equipo «{database}» en este servidor (404): revise la dirección.',
  'team.theTeamServerAnsweredStatus':
    'El servidor del equipo respondió {status}: inténtelo de nuevo o consulte a su administrador.',
  'team.offlineTheTeamServerServer':
    'Sin conexión: no se puede contactar con el servidor del equipo {server}. Revise la dirección y la red.',
  'team.signedOutByTheTeam': 'El servidor del equipo cerró su sesión (401): vuelva a iniciarla.',
  'team.notAllowed403ThisUser': 'No permitido (403): este usuario no tiene ningún rol en la base de datos del equipo.',
  'team.theTeamServerCannotBe':
    'No se puede contactar con el servidor del equipo; los cambios esperan aquí y se sincronizan más tarde.',
  'team.signedInAsUsername': 'Sesión iniciada como {username}',
  'team.teamSyncIsOffSign':
    'La sincronización del equipo está desactivada: inicie sesión antes en el servidor del equipo.',
  'team.versionHeading': 'Versión {n}: cambiada por {by} el {at}',
  'team.someone': 'alguien',
  'team.serverAnswered': 'El servidor del equipo respondió {status}: {reason}',
  'team.noReasonGiven': 'sin motivo indicado',
  'team.waiting': { one: '{count} en espera', many: '{count} en espera', other: '{count} en espera' },
};
