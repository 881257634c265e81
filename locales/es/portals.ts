import type { portals as english } from '../en/portals';
import type { Translation } from '../types';

export const portals: Translation<typeof english> = {
  'portals.typeThePortalSAddress': 'Escriba la dirección del portal, por ejemplo https://portal.example.org',
  'portals.typedIsNotAWeb': '«{typed}» no es una dirección web. Use una como https://portal.example.org',
  'portals.aPortalAddressStartsWith':
    'La dirección de un portal empieza por https:// (o http:// para un portal local de prueba).',
  'portals.aPortalAddressNamesA': 'La dirección de un portal nombra un host, sin nombre de usuario ni contraseña.',
  'portals.wildcardsAreNotAllowedEnable': 'No se permiten comodines: active un portal cada vez.',
  'portals.noPermission': 'Rounds aún no tiene permiso para {origin}.',
};
