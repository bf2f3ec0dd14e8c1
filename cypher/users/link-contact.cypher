// A user's staff contact (made by the write pipeline): linked to the account and tagged staff.
MATCH (u:User {id: $id}), (c:Contact {id: $contactId}), (staff:TagType {id: 'staff'})
CREATE (u)-[:HAS_CONTACT]->(c)
CREATE (c)-[:TAGGED {at: datetime(), by: $id}]->(staff)
