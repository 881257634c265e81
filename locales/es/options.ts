import type { options as english } from '../en/options';
import type { Translation } from '../types';

export const options: Translation<typeof english> = {
  'options.directoryTotal': 'Directorio ({total})',
  'options.edit': 'Editar',
  'options.editDisplayname': 'Editar a {displayName}',
  'options.encryption': 'Cifrado',
  'options.encryptPatientInformation': 'Cifrar la información de pacientes',
  'options.noteTextPatientReferencesOutreach':
    'El texto de las notas, las referencias de pacientes, las notas de contacto y las páginas donde se escribieron se cifran en este equipo con una clave que solo abre su frase de contraseña. Los nombres, las consultas, los recuentos y la búsqueda siguen disponibles mientras está bloqueado.',
  'options.ifYouForgetThisPassphrase':
    'Si olvida esta frase de contraseña, nadie podrá recuperar la información cifrada. Considere antes una exportación cifrada (Datos → Exportar JSON → proteger con una frase de contraseña).',
  'options.passphrase': 'Frase de contraseña',
  'options.fourOrMoreUnrelatedWords':
    'Cuatro o más palabras sin relación entre sí forman una frase de contraseña segura.',
  'options.confirmPassphrase': 'Confirmar frase de contraseña',
  'options.exportAnEncryptedCopyFirst': 'Exportar antes una copia cifrada',
  'options.turnOnEncryption': 'Activar el cifrado',
  'options.lockAfter': 'Bloquear tras',
  'options.mMinutesIdle': '{m} minutos de inactividad',
  'options.editProgram': 'Editar programa',
  'options.newProgram': 'Nuevo programa',
  'options.kind': 'Tipo',
  'options.saveProgram': 'Guardar programa',
  'options.cancel': 'Cancelar',
  'options.programs': 'Programas',
  'options.whatYouPresentToReferring':
    'Lo que presenta a los médicos remitentes. Los registros rápidos y los eventos anotan cuáles se presentaron.',
  'options.materialsMap': ' · materiales: {map}',
  'options.editName': 'Editar {name}',
  'options.remove': 'Quitar',
  'options.removeName': 'Quitar {name}',
  'options.addProgram': 'Añadir programa',
  'options.newPassphrase': 'Nueva frase de contraseña',
  'options.onlyToChangeThePassphrase':
    'Solo para cambiar la frase de contraseña: los datos no se vuelven a cifrar, solo se vuelve a proteger su clave.',
  'options.changePassphrase': 'Cambiar la frase de contraseña',
  'options.turnOffEncryption': 'Desactivar el cifrado',
  'options.setByYourOrganisation': ' · configurado por su organización',
  'options.permissionWithdrawnInTheBrowser':
    ' · permiso retirado en el navegador: añada de nuevo el portal para volver a activarlo',
  'options.pageKeyParameters': 'Parámetros de clave de página',
  'options.queryParametersThatIdentifyA':
    'Parámetros de consulta que identifican un registro (p. ej., patientId, referralId); los demás se ignoran.',
  'options.saveParameters': 'Guardar parámetros',
  'options.portals': 'Portales',
  'options.roundsShowsItsSidebarOnly':
    'Rounds muestra su panel lateral solo en los portales que añada aquí, y pide permiso al navegador para cada uno.',
  'options.portalAddress': 'Dirección del portal',
  'options.eGHttpsPortalExample':
    'p. ej., https://portal.example.org o https://portal.example.org/referrals/ para limitarlo a una ruta',
  'options.pageKeyParametersOptional': 'Parámetros de clave de página (opcional)',
  'options.addPortal': 'Añadir portal',
  'options.enabledPortals': 'Portales activados',
  'options.visitsAndMonthlyGoals': 'Visitas y objetivos mensuales',
  'options.defaultVisitCadenceDays': 'Frecuencia de visita predeterminada (días)',
  'options.forPhysiciansWithoutTheirOwn':
    'Para los médicos sin su propio «Visitar cada (días)»; la cobertura del panel también la usa',
  'options.emptyNoGoal': 'Vacío: sin objetivo',
  'options.saveGoals': 'Guardar objetivos',
  'options.notifications': 'Notificaciones',
  'options.morningSummaryOfDueFollow':
    'Resumen matutino de seguimientos pendientes (solo nombres y recuentos, nunca el texto de las notas)',
  'options.calendar': 'Calendario',
  'options.openFollowUpsAndPlanned':
    'Los seguimientos abiertos y los días planificados como eventos de calendario en su zona horaria. Solo nombran al médico y la consulta, nunca el texto del seguimiento ni a pacientes.',
  'options.exportCalendar': 'Exportar calendario',
  'options.directory': 'Directorio',
  'options.newPhysician': 'Nuevo médico',
  'options.addPhysician': 'Añadir médico',
  'options.npiRegistry': 'Registro NPI',
  'options.lookUpsHappenOnlyWhen':
    'Las consultas solo se hacen cuando pulsa «Buscar en el Registro NPI»; Rounds pide antes permiso para este sitio.',
  'options.npiRegistryAddress': 'Dirección del Registro NPI',
  'options.saveRegistryAddress': 'Guardar la dirección del registro',
  'options.roundsSettings': 'Configuración de Rounds',
  'options.whoIsDueAndIn':
    ': quién toca visitar y está en la consulta, las paradas del día, la ruta, una hoja del día.',
  'options.planMyDay': 'Planificar mi día',
  'options.everyOutreachLoggedFiltersAnd': ': cada contacto registrado, filtros y totales por semana.',
  'options.activity': 'Actividad',
  'options.referralPatternsDecliningReferrersCoverage':
    ': patrones de derivación, remitentes en descenso, cobertura, imprimible.',
  'options.referralDashboard': 'Panel de derivaciones',
  'options.data': 'Datos',
  'options.referrals': 'Derivaciones',
  'options.followUpDaysAfterScheduled': 'Días de seguimiento tras programada o atendida',
  'options.clearPatientReferencesFromClosed': 'Borrar las referencias de pacientes de las derivaciones cerradas',
  'options.offByDefaultClearsThe':
    'Desactivado por defecto. Borra la referencia del paciente y las notas; se conservan los recuentos, las fechas y los tiempos por etapa. Se ejecuta a diario.',
  'options.daysAfterClosing': 'Días tras el cierre',
  'options.saveReferralSettings': 'Guardar configuración de derivaciones',
  'options.unresolvedNotSkippedYet': ' ({unresolved} aún sin omitir)',
  'options.skipRowsWithProblems': 'Omitir las filas con problemas',
  'options.rowsWithProblems': 'Filas con problemas',
  'options.skipLine': 'Omitir la línea {line}',
  'options.settingsInThisFile': 'Configuración de este archivo',
  'options.useTheFileS': 'Usar «{setting}» del archivo',
  'options.nowSettingvaluetextInTheFile': '(ahora {settingValueText}; en el archivo {settingValueText2})',
  'options.fhirR4ForHospitalIt': 'FHIR R4 para el departamento de informática',
  'options.physiciansPracticesReferralsFollowUps':
    'Médicos, consultas, derivaciones, seguimientos y contactos como recursos FHIR (docs/EXPORT.md detalla la correspondencia).',
  'options.fhirFile': 'Archivo FHIR',
  'options.includePatientInformationReferralPatient':
    'Incluir la información de pacientes (referencias y notas de derivaciones, notas de contacto, texto de seguimientos)',
  'options.exportFhir': 'Exportar FHIR',
  'options.saveAFhirFile': '¿Guardar un archivo FHIR?',
  'options.saveFhirFile': 'Guardar archivo FHIR',
  'options.patientInformationIsLeftOut':
    'La información de pacientes queda fuera de este archivo: no eligió incluirla.',
  'options.automaticBackup': 'Copia de seguridad automática',
  'options.saveAWeeklyBackupTo': 'Guardar una copia de seguridad semanal en la carpeta Descargas',
};
