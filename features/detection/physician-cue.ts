/**
 * A cheap test for "this block may name a physician": a credential after a name (MD, DO, NP, PA-C, MBBS…), a
 * "Dr." title, a provider label (Referring provider, Ordering physician, PCP, Attending…) or a 10-digit NPI.
 * The content script uses it in keys mode to pick the few blocks worth sending; it imports nothing (no zod).
 */
const credentialCue =
  /(?:^|[\s,(])(?:M\.?D|D\.?O|N\.?P(?:-C)?|PA-C|P\.A\.|MBBS|MBChB|DNP|APRN|FNP(?:-[BC]{1,2})?|CRNP|DPM)\.?(?=$|[\s,;)])/;
const titleCue = /\bDrs?\.?\s+\p{Lu}/u;
const labelCue =
  /\b(?:referr(?:ing|ed)|ordering|attending|rendering|pcp|primary care|physician|provider|consultant)\b/i;
const npiCue = /(?:^|\D)\d{10}(?:\D|$)/;

/** Whether a block of page text carries any physician cue (false for most blocks of a page). */
export function hasPhysicianCue(text: string): boolean {
  return credentialCue.test(text) || titleCue.test(text) || labelCue.test(text) || npiCue.test(text);
}
