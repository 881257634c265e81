import type { registry as english } from '../en/registry';
import type { Translation } from '../types';

export const registry: Translation<typeof english> = {
  'registry.theSearchNeedsAValid': 'La recherche demande un NPI valide ou un nom.',
  'registry.theNpiRegistryHasNo': 'Le Registre NPI ne contient personne qui corresponde à cette recherche.',
  'registry.theNpiRegistryDidNot': 'Le Registre NPI n’a pas accepté cette recherche.',
  'registry.theNpiRegistryIsBusy': 'Le Registre NPI est occupé : réessayez dans une minute.',
  'registry.theNpiRegistryIsHaving': 'Le Registre NPI rencontre des difficultés : réessayez plus tard.',
  'registry.theNpiRegistryRefusedThe': 'Le Registre NPI a refusé la demande.',
  'registry.theNpiRegistryCannotBe': 'Le Registre NPI est injoignable : vérifiez la connexion.',
  'registry.theNpiRegistryTookToo': 'Le Registre NPI a mis trop de temps à répondre.',
  'registry.theNpiRegistrySentAn': 'Le Registre NPI a envoyé une réponse que Rounds ne sait pas lire.',
  'registry.roundsNeedsYourPermissionTo':
    'Rounds a besoin de votre autorisation pour accéder à {host} afin de rechercher des médecins.',
  'registry.result': '{name} (NPI {npi})',
  'registry.resultWithDetails': '{name} — {details} (NPI {npi})',
};
