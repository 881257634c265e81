import type { privacy as english } from '../en/privacy';
import type { Translation } from '../types';

export const privacy: Translation<typeof english> = {
  'privacy.title': 'Política de privacidad · Rounds',
  'privacy.heading': 'Política de privacidad',
  'privacy.intro':
    'Rounds es una extensión del navegador para enlaces con los médicos. Esta página dice qué guarda y qué envía.',
  'privacy.storesHeading': 'Qué guarda Rounds',
  'privacy.stores':
    'Todo lo que introduce (médicos, consultas, notas, contactos, derivaciones, seguimientos, configuración) se guarda solo en este navegador, en el almacenamiento propio de la extensión. Nadie más puede leerlo: ni los portales que usa ni los autores de Rounds. Las referencias de pacientes pueden cifrarse con una frase de contraseña (Configuración, Cifrado).',
  'privacy.sendsHeading': 'Qué envía Rounds',
  'privacy.sends':
    'Nada, salvo que usted lo pida. Cuando busca a un médico en el Registro NPI, el nombre o el NPI que escribió (y el estado, si lo indica) se envía al Registro NPI público de los Centers for Medicare & Medicaid Services de EE. UU. (npiregistry.cms.hhs.gov, o la dirección que haya fijado su organización). Rounds pide su permiso antes de la primera búsqueda. Sin analítica, sin seguimiento, sin publicidad, sin código remoto.',
  'privacy.pagesHeading': 'Páginas que visita',
  'privacy.pages':
    'En los portales que active, Rounds lee la página en su navegador para encontrar nombres de médicos que ya conoce. El texto de la página se queda en su navegador.',
  'privacy.teamHeading': 'Sincronización del equipo',
  'privacy.team':
    'Opcional, desactivada hasta que inicie sesión en Configuración, Equipo. Los registros compartidos de su equipo (médicos, consultas, contactos, seguimientos, derivaciones, programas, y quién creó o modificó cada uno) se replican con el servidor CouchDB que gestiona su organización, en la dirección que usted indique. Las notas no se comparten, y la información de pacientes (todo campo que Rounds puede cifrar) nunca se envía. Rounds pide su permiso para conectarse a ese servidor al iniciar sesión.',
  'privacy.orgHeading': 'Su organización',
  'privacy.org':
    'Su departamento de informática puede preconfigurar portales mediante directivas del navegador. No ve nada de lo que usted guarda, salvo que inicie sesión en el servidor de su equipo (Sincronización del equipo, arriba).',
  'privacy.controlHeading': 'Sus datos, bajo su control',
  'privacy.control':
    'Exporte todo (JSON, CSV, FHIR) o elimínelo todo desde Configuración, Datos. Quitar la extensión borra su almacenamiento. Las copias de seguridad que guarde son archivos en su equipo.',
};
