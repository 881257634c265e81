import { nameTokens } from '../../storage/name-keys';
import { npiCheckDigit } from '../../storage/npi';
import type { Physician } from '../../storage/schemas/physician';
import { seededRandom } from './seeded-random';

/**
 * A deterministic fake directory for tests and benchmarks: common US first and last names (skewed so
 * common ones repeat, as in a real directory), synthetic rarer surnames, accents and hyphens, valid NPIs,
 * realistic specialties and practices. Same seed, same rows.
 */

const words = (s: string) => s.split(' ');
export const firstNames = words(
  'James Mary Robert Patricia John Jennifer Michael Linda David Elizabeth William Barbara Richard Susan Joseph Jessica Thomas Sarah Christopher Karen Charles Lisa Daniel Nancy Matthew Betty Anthony Sandra Mark Margaret Donald Ashley Steven Kimberly Andrew Emily Paul Donna Joshua Michelle Kenneth Carol Kevin Amanda Brian Melissa George Deborah Timothy Stephanie Ronald Rebecca Jason Sharon Edward Laura Jeffrey Cynthia Ryan Amy Jacob Kathleen Gary Angela Nicholas Shirley Eric Brenda Jonathan Emma Stephen Anna Larry Pamela Justin Nicole Scott Samantha Brandon Katherine Benjamin Christine Samuel Helen Gregory Debra Alexander Rachel Patrick Carolyn Frank Janet Raymond Maria Jack Catherine Dennis Heather Jerry Diane Tyler Olivia Aaron Julie José Joyce Adam Victoria Nathan Ruth Henry Virginia Zachary Lauren Douglas Kelly Peter Christina Kyle Joan Noah Evelyn Ethan Judith Jeremy Andrea Walter Hannah Christian Megan Keith Cheryl Roger Jacqueline Terry Martha Austin Madison Sean Teresa Gerald Gloria Carl Sara Harold Janice Dylan Ann Arthur Kathryn Lawrence Abigail Jordan Sophia Jesse Frances Bryan Jean Billy Alice Bruce Judy Gabriel Isabella Joe Julia Logan Grace Alan Amber Juan Denise Albert Danielle Willie Marilyn Elijah Beverly Wayne Charlotte Randy Natalie Vincent Theresa Mason Diana Roy Brittany Ralph Doris Bobby Kayla Russell Alexis Bradley Lori Philip Marie Eugene Priya Wei Mohammed Aisha Hiroshi Yuki Raj Anjali Carlos Sofía Miguel Lucía Ahmed Fatima Chen Mei Olga Dmitri Ngozi Kwame Siobhan Zoë Renée André Björn',
);
export const lastNames = words(
  "Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Hernandez Lopez Gonzalez Wilson Anderson Thomas Taylor Moore Jackson Martin Lee Perez Thompson White Harris Sanchez Clark Ramirez Lewis Robinson Walker Young Allen King Wright Scott Torres Nguyen Hill Flores Green Adams Nelson Baker Hall Rivera Campbell Mitchell Carter Roberts Gomez Phillips Evans Turner Diaz Parker Cruz Edwards Collins Reyes Stewart Morris Morales Murphy Cook Rogers Gutierrez Ortiz Morgan Cooper Peterson Bailey Reed Kelly Howard Ramos Kim Cox Ward Richardson Watson Brooks Chavez Wood James Bennett Gray Mendoza Ruiz Hughes Price Alvarez Castillo Sanders Patel Myers Long Ross Foster Jimenez Powell Jenkins Perry Russell Sullivan Bell Coleman Butler Henderson Barnes Gonzales Fisher Vasquez Simmons Romero Jordan Patterson Alexander Hamilton Graham Reynolds Griffin Wallace Moreno West Cole Hayes Bryant Herrera Gibson Ellis Tran Medina Aguilar Stevens Murray Ford Castro Marshall Owens Harrison Fernandez McDonald Woods Washington Kennedy Wells Vargas Henry Chen Freeman Webb Tucker Guzman Burns Crawford Olson Simpson Porter Hunter Gordon Mendez Silva Shaw Snyder Mason Dixon Muñoz Hunt Hicks Holmes Palmer Wagner Black Robertson Boyd Rose Stone Salazar Fox Warren Mills Meyer Rice Schmidt García Hernández López Pérez Rodríguez Gómez Martínez Müller Schäfer O'Brien O'Connor D'Angelo McAllister MacLeod Nakamura Tanaka Suzuki Watanabe Wang Zhang Liu Huang Singh Shah Kumar Gupta Reddy Iyer Okafor Mensah Kowalski Nowak Novák Ivanov Petrov Rossi Russo Ferrari Esposito Bianchi Dubois Lefèvre Moreau Søren Johansson Lindqvist García-López Smith-Jones Pérez-Ortiz Van Der Berg",
);
const surnameStarts = words(
  'Al Bar Bel Cal Dor Ed Fal Gar Hal Ker Lan Mar Nor Ol Pen Quin Ros Sal Tal Ul Var Wes Yar Zel Bran Cor Dra Fen Gil Har',
);
const surnameMids = words('a e i o u an en in on ar er or el il');
const surnameEnds = words(
  'son sen berg stein ton ley field wood man ski ford ridge well worth ham ville ez ini elli ova ic ard ett ley mont',
);
export const specialties =
  'Cardiology|Internal Medicine|Family Medicine|Pediatrics|Orthopedic Surgery|Dermatology|Neurology|Oncology|Gastroenterology|Endocrinology|Pulmonology|Nephrology|Rheumatology|Urology|Obstetrics and Gynecology|Ophthalmology|Otolaryngology|Psychiatry|Radiology|Anesthesiology|Emergency Medicine|General Surgery|Vascular Surgery|Plastic Surgery|Hematology|Infectious Disease|Allergy and Immunology|Physical Medicine and Rehabilitation|Sports Medicine|Geriatrics|Pain Medicine|Sleep Medicine|Interventional Cardiology|Neurosurgery|Podiatry'.split(
    '|',
  );
const places = words(
  'Northside Lakeview Riverside Westfield Eastgate Summit Valley Harbor Cedar Oak Maple Pine Willow Meadow Bayview Highland Parkside Brookside Fairview Hillcrest Greenwood Springfield Franklin Lincoln Madison Jefferson Clinton Georgetown Kingsport Ashland Bristol Dover Salem Milford Oxford Cambridge Newport Princeton Hudson Trinity Mercy Providence Unity Heritage Pioneer Coastal Mountain Prairie Capital Metro Central Premier',
);
const practiceKinds = words(
  'Cardiology Orthopedics Family Pediatrics Dermatology Neurology Oncology Women’s Surgical Internal Spine Heart Kidney Eye Skin Bone Primary',
);
const practiceSuffixes = words('Associates Group Clinic Partners Specialists Medical Care Physicians Health Center');

/** `count` fake physician rows from `seed` (same inputs, same rows). */
export function generateDirectory(count: number, seed = 1): Physician[] {
  const random = seededRandom(seed);
  // Squaring skews picks towards the head of each list: common names repeat, rare ones stay rare.
  const skewed = <T>(list: readonly T[]) => list[Math.floor(random() ** 2 * list.length)] as T;
  const any = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)] as T;
  const practices = Array.from({ length: Math.max(50, Math.ceil(count / 25)) }, () =>
    [any(places), any(practiceKinds), any(practiceSuffixes)].join(' '),
  );
  const rows: Physician[] = [];
  for (let i = 0; i < count; i++) {
    const first = skewed(firstNames);
    const middle = random() < 0.5 ? any(firstNames) : '';
    const last = random() < 0.7 ? skewed(lastNames) : `${any(surnameStarts)}${any(surnameMids)}${any(surnameEnds)}`;
    const first9 = `1${String((i * 48_271 + seed * 7_919) % 100_000_000).padStart(8, '0')}`;
    const hex = i.toString(16).padStart(12, '0');
    rows.push({
      id: `${seed.toString(16).padStart(8, '0').slice(-8)}-0000-4000-8000-${hex}`,
      createdAt: '2025-01-01T00:00:00.000Z',
      updatedAt: '2025-01-01T00:00:00.000Z',
      deletedAt: null,
      createdBy: '',
      updatedBy: '',
      prefix: 'Dr.',
      first,
      middle,
      last,
      suffix: '',
      credentials: [random() < 0.85 ? 'MD' : 'DO'],
      npi: `${first9}${npiCheckDigit(first9)}`,
      specialty: skewed(specialties),
      taxonomyCode: '',
      practiceId: null,
      practiceName: any(practices),
      phone: '',
      fax: '',
      email: '',
      staff: [],
      officeDays: [],
      preferredContact: null,
      networkStatus: 'unknown',
      tags: [],
      dayLocations: {},
      tier: null,
      visitEveryDays: null,
      loyaltyNote: '',
      source: { kind: 'manual' },
      nameTokens: nameTokens({ first, middle, last }),
    });
  }
  return rows;
}

export { seededRandom };
