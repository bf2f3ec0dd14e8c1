MATCH (s:Session {userId: $userId}) WHERE s.id <> $keepId DETACH DELETE s
