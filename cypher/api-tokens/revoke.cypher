// Revokes one of the user's own tokens (at once: every request looks the token up).
MATCH (t:ApiToken {id: $id, userId: $userId})
SET t.revokedAt = coalesce(t.revokedAt, datetime())
RETURN t.id AS id
