import type { registry as english } from '../en/registry';
import type { Translation } from '../types';

export const registry: Translation<typeof english> = {
  'registry.theSearchNeedsAValid': 'La búsqueda necesita un NPI válido o un apellido.',
  'registry.theNpiRegistryHasNo': 'El Registro NPI no tiene a nadie que coincida con esta búsqueda.',
  'registry.theNpiRegistryDidNot': 'El Registro NPI no aceptó esta búsqueda.',
  'registry.theNpiRegistryIsBusy': 'El Registro NPI está ocupado: inténtelo de nuevo en un minuto.',
  'registry.theNpiRegistryIsHaving': 'El Registro NPI tiene problemas: inténtelo más tarde.',
  'registry.theNpiRegistryRefusedThe': 'El Registro NPI rechazó la solicitud.',
  'registry.theNpiRegistryCannotBe': 'No se puede contactar con el Registro NPI: compruebe la conexión.',
  'registry.theNpiRegistryTookToo': 'El Registro NPI tardó demasiado en responder.',
  'registry.theNpiRegistrySentAn': 'El Registro NPI envió una respuesta que Rounds no puede leer.',
  'registry.roundsNeedsYourPermissionTo': 'Rounds necesita su permiso para acceder a {host} y buscar médicos.',
  'registry.result': '{name} (NPI {npi})',
  'registry.resultWithDetails': '{name} — {details} (NPI {npi})',
};
