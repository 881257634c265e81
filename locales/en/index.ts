import { options } from './options';
import { options2 } from './options2';
import { activity } from './activity';
import { plan } from './plan';
import { popup } from './popup';
import { capture } from './capture';
import { sidebar } from './sidebar';
import { dashboard } from './dashboard';
import { programs } from './programs';
import { referrals } from './referrals';
import { outreach } from './outreach';
import { events } from './events';
import { encryption } from './encryption';
import { common } from './common';
import { directory } from './directory';
import { concerns } from './concerns';
import { calendar } from './calendar';

/** The English catalogue: the source of every UI text (see docs/I18N.md). */
export const en = { ...options, ...options2, ...activity, ...plan, ...popup, ...capture, ...sidebar, ...dashboard, ...programs, ...referrals, ...outreach, ...events, ...encryption, ...common, ...directory, ...concerns, ...calendar };
