// A user's tokens, live ones first, newest first; never the hash.
MATCH (t:ApiToken {userId: $userId})
RETURN t.id AS id, t.name AS name, t.createdAt AS createdAt, t.lastUsedAt AS lastUsedAt, t.revokedAt AS revokedAt
ORDER BY t.revokedAt IS NOT NULL, t.createdAt DESC
