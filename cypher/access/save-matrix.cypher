MERGE (m:AccessMatrix {id: 'global'})
SET m.rules = $rules, m.updatedAt = datetime(), m.updatedBy = $actorId
