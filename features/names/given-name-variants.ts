import { foldName } from '../../storage/name-keys';

// Common English short forms; each group is one given name. Small on purpose: a miss only lowers a candidate's rank.
const groups = [
  'robert bob bobby rob robbie bert',
  'william bill billy will willie liam',
  'james jim jimmy jamie',
  'michael mike mikey mick',
  'elizabeth liz beth betty lisa eliza betsy',
  'katherine catherine kathryn kate katie kathy cathy kat',
  'thomas tom tommy',
  'richard rick ricky dick rich',
  'david dave davey',
  'daniel dan danny',
  'joseph joe joey',
  'christopher chris topher',
  'christine chris chrissy christina tina',
  'stephen steven steve',
  'anthony tony',
  'nicholas nick nicky',
  'samuel sam sammy',
  'samantha sam sammie',
  'alexander alex al xander',
  'alexandra alex alexa sandra',
  'edward ed eddie ted teddy ned',
  'andrew andy drew',
  'benjamin ben benny',
  'matthew matt',
  'patrick pat paddy',
  'patricia pat patty trish',
  'margaret maggie peggy meg',
  'susan sue susie',
  'jennifer jen jenny',
  'jonathan jon jonny',
  'gregory greg',
  'jeffrey jeff',
  'kenneth ken kenny',
  'lawrence larry',
  'charles charlie chuck',
  'victoria vicky tori',
  'rebecca becky becca',
  'deborah debbie deb',
  'abigail abby',
  'frederick fred freddie',
  'timothy tim timmy',
];

const variantsOf = new Map<string, Set<string>>();
for (const group of groups) {
  const names = group.split(' ');
  for (const name of names) {
    const set = variantsOf.get(name) ?? new Set<string>();
    for (const other of names) set.add(other);
    variantsOf.set(name, set);
  }
}

/** True when two given names are forms of one name ("Bob" and "Robert"). */
export function areGivenNameVariants(a: string, b: string): boolean {
  return variantsOf.get(foldName(a))?.has(foldName(b)) ?? false;
}
