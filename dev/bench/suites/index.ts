import type { BenchSuite } from '../suite';
import { dashboardSuite } from './dashboard';
import { detectSuite } from './detect';
import { encryptionSuite } from './encryption';
import { fhirSuite } from './fhir';
import { injectionSuite } from './injection';
import { planSuite } from './plan';
import { popupSuite } from './popup';
import { queriesSuite } from './queries';
import { searchSuite } from './search';
import { sidebarSuite } from './sidebar';
import { transferSuite } from './transfer';

/** Every suite, in run order. Each capability appends its own suite file here. */
export const suites: BenchSuite[] = [
  queriesSuite,
  injectionSuite,
  popupSuite,
  transferSuite,
  sidebarSuite,
  dashboardSuite,
  detectSuite,
  searchSuite,
  fhirSuite,
  planSuite,
  encryptionSuite,
];
