CREATE (u:User {id: $id, email: $email, name: $name, role: $role, passwordHash: $passwordHash,
                active: true, createdAt: datetime(), updatedAt: datetime()})
CREATE (c:Entity:Contact {id: $contactId, firstName: $firstName, lastName: $lastName, name: $name,
                          sortName: $sortName, searchText: $searchText, position: null, phones: [],
                          emails: [$email], comments: null, userId: $id, ownerId: $id,
                          createdAt: datetime(), updatedAt: datetime()})
CREATE (u)-[:HAS_CONTACT]->(c)
WITH c
MATCH (staff:TagType {id: 'staff'})
CREATE (c)-[:TAGGED {at: datetime(), by: $id}]->(staff)
