MATCH (s:Session {userId: $userId}) DETACH DELETE s
