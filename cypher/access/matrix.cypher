OPTIONAL MATCH (m:AccessMatrix {id: 'global'})
RETURN m.rules AS rules
