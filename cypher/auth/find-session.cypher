// The session's user and the access matrix's changes (read with it: no second round trip per request).
MATCH (s:Session {id: $id})-[:OF]->(u:User)
OPTIONAL MATCH (u)-[:HAS_CONTACT]->(c:Contact)
OPTIONAL MATCH (m:AccessMatrix {id: 'global'})
RETURN s.expiresAt AS expiresAt, u.active AS active,
       u {.id, .email, .name, .role, contactId: c.id, organisationId: u.organisationId} AS user, m.rules AS access
