// A new token for an active user, unless they already hold $max live ones. Returns nothing when the
// user does not exist; `created` false when they are at the limit.
MATCH (u:User {id: $userId})
WHERE u.active
WITH u, COUNT { MATCH (t:ApiToken {userId: u.id}) WHERE t.revokedAt IS NULL } AS live
CALL (u, live) {
  WITH * WHERE live < $max
  CREATE (t:ApiToken {id: $id, name: $name, hash: $hash, userId: u.id, createdAt: datetime()})
}
RETURN live < $max AS created
