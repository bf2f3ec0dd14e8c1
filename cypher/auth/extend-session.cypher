MATCH (s:Session {id: $id}) SET s.expiresAt = datetime($expiresAt)
