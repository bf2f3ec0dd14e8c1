// The user behind a live token of an active account, by the token's hash, whether the last-used
// time is stale enough to be written again, and the access matrix's changes.
MATCH (t:ApiToken {hash: $hash})
WHERE t.revokedAt IS NULL
MATCH (u:User {id: t.userId})
WHERE u.active
OPTIONAL MATCH (u)-[:HAS_CONTACT]->(c:Contact)
OPTIONAL MATCH (m:AccessMatrix {id: 'global'})
RETURN t.id AS tokenId,
       t.lastUsedAt IS NULL OR t.lastUsedAt < datetime() - duration({seconds: $touchAfterSeconds}) AS stale,
       u {.id, .email, .name, .role, contactId: c.id, organisationId: u.organisationId} AS user, m.rules AS access
