// Only its owner deletes a filter; its name comes back for the message.
MATCH (f:SavedFilter {id: $id, ownerId: $userId})
WITH f, f.name AS name
DELETE f
RETURN name
