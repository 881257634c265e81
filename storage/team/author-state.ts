/**
 * Who writes in this context: the team member of this browser (signed in, or signed out and working offline:
 * their edits are still theirs), or '' when no team was ever set up. Its own file with no imports, so the database
 * middleware can read it in a worker (the export worker), where extension storage does not exist.
 */
export const authorState = { name: '' };
