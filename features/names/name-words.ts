/** Word lists the name parser classifies tokens with. Keys are lower case without a trailing dot. */

const titleForms: Record<string, string> = {
  dr: 'Dr.',
  drs: 'Dr.',
  doctor: 'Dr.',
  mr: 'Mr.',
  mrs: 'Mrs.',
  ms: 'Ms.',
  miss: 'Miss',
  mx: 'Mx.',
  prof: 'Prof.',
  professor: 'Prof.',
  rev: 'Rev.',
  hon: 'Hon.',
  sir: 'Sir',
  dame: 'Dame',
  lt: 'Lt.',
  gen: 'Gen.',
  col: 'Col.',
  capt: 'Capt.',
  cpt: 'Capt.',
  maj: 'Maj.',
  sgt: 'Sgt.',
  cmdr: 'Cmdr.',
  adm: 'Adm.',
};

function wordKey(token: string): string {
  return token.toLowerCase().replace(/\.$/, '');
}

/** The stored form of a title before a name ("dr" → "Dr."), or null. */
export function titleForm(token: string): string | null {
  return titleForms[wordKey(token)] ?? null;
}

/** "Drs." before several names: the title applies to each. */
export function isPluralTitle(token: string): boolean {
  return wordKey(token) === 'drs';
}

const generationalForms: Record<string, string> = {
  jr: 'Jr.',
  sr: 'Sr.',
  ii: 'II',
  iii: 'III',
  iv: 'IV',
  '2nd': 'II',
  '3rd': 'III',
  '4th': 'IV',
};

/** The stored form of a generational suffix ("jr" → "Jr.", "iii" → "III"), or null. "V" and "I" are initials. */
export function generationalForm(token: string): string | null {
  return generationalForms[wordKey(token)] ?? null;
}

/** Lower-case particles that begin a family name ("van der Berg", "de la Cruz", "St. John", "al Robeh"). */
const particles = new Set(
  'van von der den de del della dela di da dos das do du des la le lo st ste saint al el bin ibn ter ten mac y'.split(
    ' ',
  ),
);

/** True for a family-name particle, including a hyphen-joined one ("Heijdanus-De"). */
export function isParticle(token: string): boolean {
  const key = wordKey(token);
  if (particles.has(key)) return true;
  const afterHyphen = key.slice(key.lastIndexOf('-') + 1);
  return key.includes('-') && afterHyphen !== 'y' && particles.has(afterHyphen);
}

/** Particles written in lower case when a name is recased from ALL CAPS ("DE LA CRUZ" → "de la Cruz"). */
export function isLowerCaseParticle(token: string): boolean {
  return [
    'van',
    'von',
    'der',
    'den',
    'de',
    'del',
    'della',
    'di',
    'da',
    'dos',
    'das',
    'do',
    'du',
    'des',
    'la',
    'y',
    'al',
    'el',
    'bin',
    'ibn',
    'ter',
    'ten',
  ].includes(wordKey(token));
}

/** Function words that never occur in a name: their presence means the selection is prose. */
const proseWords = new Set(
  'the and or but if of to in at by for from with without about as is are was were be been being has have had does did not yes this that these those it its she they we you me my our your his her their them would could should might must shall please call seen patient patients appointment today tomorrow yesterday here there when where what who why how thanks thank regards sent'.split(
    ' ',
  ),
);

/** True for a word that marks prose rather than a name (words that are also names, like May, Will, Do, He, are left out). */
export function isProseWord(token: string): boolean {
  return proseWords.has(wordKey(token));
}

/** Words that start an organisation, department or specialty: a name ends before them. */
const organisationWords = new Set(
  'hospital hospitals clinic clinics center centre centers medical medicine health healthcare group associates associated department dept practice partners physicians surgeons care institute university office services specialists llc inc pllc pc llp ltd corp suite street ave avenue road blvd floor heart cancer children childrens pediatric pediatrics surgery surgical internal family primary urgent emergency orthopedics orthopaedics obstetrics gynecology nursing rehab rehabilitation imaging laboratory lab pharmacy'.split(
    ' ',
  ),
);

/** True for a word that begins an organisation or specialty rather than a person ("Cardiology", "Clinic"). */
export function isOrganisationWord(token: string): boolean {
  const key = wordKey(token);
  return organisationWords.has(key) || /(ology|ologists?|iatry|iatrics|pedics|paedics|stetrics)$/.test(key);
}
