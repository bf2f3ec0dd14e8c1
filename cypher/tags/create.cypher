CREATE (t:TagType {id: $id, name: $name, nameFr: $nameFr, entityTypes: $entityTypes, color: $color,
                   builtin: false, internal: false, createdAt: datetime()})
RETURN t.id AS id
