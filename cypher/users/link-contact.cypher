// A user's contact (made by the write pipeline), linked to the account; a staff member's is tagged staff.
MATCH (u:User {id: $id}), (c:Contact {id: $contactId}), (staff:TagType {id: 'staff'})
CREATE (u)-[:HAS_CONTACT]->(c)
FOREACH (_ IN CASE WHEN $staff THEN [1] ELSE [] END | CREATE (c)-[:TAGGED {at: datetime(), by: $id}]->(staff))
