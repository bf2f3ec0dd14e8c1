MATCH (s:Session {id: $id})-[:OF]->(u:User)
OPTIONAL MATCH (u)-[:HAS_CONTACT]->(c:Contact)
RETURN s.expiresAt AS expiresAt, u.active AS active,
       u {.id, .email, .name, .role, contactId: c.id} AS user
