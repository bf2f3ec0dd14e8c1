// The operator behind a browser call's Voice SDK identity (the user's id): an active user, their role
// and staff contact.
MATCH (u:User {id: $userId})
WHERE u.active
OPTIONAL MATCH (u)-[:HAS_CONTACT]->(contact:Contact)
RETURN u.id AS id, u.role AS role, u.name AS name, contact {.id, .name} AS contact
