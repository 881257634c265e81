import type { Messages } from '../types';

/** English (source) texts of privacy. */
export const privacy = {
  'privacy.title': 'Privacy policy · Rounds',
  'privacy.heading': 'Privacy policy',
  'privacy.intro':
    'Rounds is a browser extension for physician liaisons. This page says what it stores and what it sends.',
  'privacy.storesHeading': 'What Rounds stores',
  'privacy.stores':
    "Everything you enter (physicians, practices, notes, outreach, referrals, follow-ups, settings) is stored only in this browser, in the extension's own storage. Nobody else can read it: not the portals you use, not the authors of Rounds. Patient references can be encrypted with a passphrase (Settings, Encryption).",
  'privacy.sendsHeading': 'What Rounds sends',
  'privacy.sends':
    "Nothing, unless you ask. When you look a physician up in the NPI Registry, the name or NPI you typed (and the state, if given) is sent to the U.S. Centers for Medicare & Medicaid Services' public NPI Registry (npiregistry.cms.hhs.gov, or the address your organisation set). Rounds asks your permission before the first look-up. No analytics, no tracking, no advertising, no remote code.",
  'privacy.pagesHeading': 'Pages you visit',
  'privacy.pages':
    'On portals you enable, Rounds reads the page in your browser to find physician names it already knows. The page text stays in your browser.',
  'privacy.teamHeading': 'Team sync',
  'privacy.team':
    "Optional, off until you sign in under Settings, Team. Your team's shared records (physicians, practices, outreach, follow-ups, referrals, programs, and who created or changed each) are replicated with the CouchDB server your organisation runs, at the address you enter. Notes are not shared, and patient information (every field Rounds can encrypt) is never sent. Rounds asks your permission to reach that server when you sign in.",
  'privacy.orgHeading': 'Your organisation',
  'privacy.org':
    "Your IT department may preconfigure portals through browser policy. They see nothing of what you store, unless you sign in to your team's server (Team sync, above).",
  'privacy.controlHeading': 'Your data, your control',
  'privacy.control':
    'Export everything (JSON, CSV, FHIR) or delete everything from Settings, Data. Removing the extension deletes its storage. Backups you save are files on your computer.',
} satisfies Messages;
