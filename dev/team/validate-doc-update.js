// biome-ignore-all lint: CouchDB runs this as ES5 in its own JavaScript engine (no optional chaining); the function is stored as text.
// The team database's validate_doc_update (CouchDB runs it on every write, replication included). Plain ES5: it
// is stored as text in the design document _design/rounds by dev/team/setup-team.ts.
function validate(newDoc, oldDoc, userCtx) {
  var roles = userCtx.roles || [];
  if (roles.indexOf('_admin') !== -1) return;
  if (roles.indexOf('liaison') === -1 && roles.indexOf('manager') === -1) {
    throw { forbidden: 'Not a member of this team: the liaison or manager role is needed.' };
  }
  if (newDoc._id.indexOf('_design/') === 0) throw { forbidden: 'Only an administrator changes design documents.' };
  var oldRow = (oldDoc && oldDoc.row) || {};
  if (newDoc._deleted) {
    if (oldDoc && oldDoc.table === 'outreach' && oldRow.createdBy !== userCtx.name) {
      throw { forbidden: 'Outreach is append-only: only its author can remove an entry.' };
    }
    return;
  }
  var row = newDoc.row || {};
  if (row.updatedBy !== userCtx.name)
    throw { forbidden: 'updatedBy must be the signed-in user (' + userCtx.name + ').' };
  if (!oldDoc && row.createdBy !== userCtx.name) throw { forbidden: 'createdBy must be the signed-in user.' };
  if (oldDoc && row.createdBy !== oldRow.createdBy) throw { forbidden: 'createdBy cannot change.' };
  if (newDoc.table === 'outreach' && oldDoc && oldRow.createdBy !== userCtx.name) {
    throw { forbidden: 'Outreach is append-only: a liaison cannot rewrite another liaison’s entry.' };
  }
}
