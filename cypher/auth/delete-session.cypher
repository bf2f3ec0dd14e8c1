MATCH (s:Session {id: $id}) DETACH DELETE s
