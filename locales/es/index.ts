import { activity } from './activity';
import { background } from './background';
import { calendar } from './calendar';
import { capture } from './capture';
import { common } from './common';
import { concerns } from './concerns';
import { dashboard } from './dashboard';
import { dashboard2 } from './dashboard2';
import { directory } from './directory';
import { directory2 } from './directory2';
import { encryption } from './encryption';
import { events } from './events';
import { fhir } from './fhir';
import { followUps } from './followUps';
import { goals } from './goals';
import { leakage } from './leakage';
import { options } from './options';
import { options2 } from './options2';
import { options3 } from './options3';
import { options4 } from './options4';
import { outreach } from './outreach';
import { pages } from './pages';
import { plan } from './plan';
import { popup } from './popup';
import { portals } from './portals';
import { privacy } from './privacy';
import { programs } from './programs';
import { referrals } from './referrals';
import { registry } from './registry';
import { shortcuts } from './shortcuts';
import { sidebar } from './sidebar';
import { sidebar2 } from './sidebar2';
import { team } from './team';
import { transfer } from './transfer';
import { welcome } from './welcome';

/** The Spanish catalogue (docs/I18N.md). */
export const es = {
  ...options,
  ...options2,
  ...options3,
  ...options4,
  ...activity,
  ...plan,
  ...popup,
  ...capture,
  ...sidebar,
  ...sidebar2,
  ...dashboard,
  ...dashboard2,
  ...programs,
  ...referrals,
  ...outreach,
  ...events,
  ...encryption,
  ...common,
  ...directory,
  ...directory2,
  ...concerns,
  ...calendar,
  ...goals,
  ...registry,
  ...leakage,
  ...portals,
  ...transfer,
  ...followUps,
  ...pages,
  ...fhir,
  ...background,
  ...welcome,
  ...privacy,
  ...shortcuts,
  ...team,
};
