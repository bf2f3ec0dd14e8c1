MATCH (u:User {id: $userId})
CREATE (s:Session {id: $id, userId: $userId, expiresAt: datetime($expiresAt), createdAt: datetime(),
                   ip: $ip, userAgent: $userAgent})-[:OF]->(u)
SET u.lastLoginAt = datetime()
