MATCH (t:TagType {id: $id}) WHERE NOT coalesce(t.internal, false)
SET t.name = $name, t.nameFr = $nameFr, t.entityTypes = $entityTypes, t.color = $color, t.updatedAt = datetime()
RETURN t.id AS id
