MATCH (u:User)
OPTIONAL MATCH (u)-[:HAS_CONTACT]->(c:Contact)
OPTIONAL MATCH (o:Organisation {id: u.organisationId})
RETURN u.id AS id, u.email AS email, u.name AS name, u.role AS role, u.organisationId AS organisationId,
       o.name AS organisationName, u.active AS active,
       c.id AS contactId, u.createdAt AS createdAt, u.lastLoginAt AS lastLoginAt
ORDER BY u.active DESC, toLower(u.name)
