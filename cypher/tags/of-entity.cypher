MATCH (:Entity {id: $id})-[:TAGGED]->(t:TagType)
RETURN t {.id, .name, .nameFr, .entityTypes, .color, builtin: coalesce(t.builtin, false), internal: coalesce(t.internal, false)} AS tag
ORDER BY toLower(t.name)
