// Only its owner deletes a filter.
MATCH (f:SavedFilter {id: $id, ownerId: $userId})
DELETE f
RETURN count(*) AS deleted
