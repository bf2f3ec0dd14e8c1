MATCH (t:TagType)
RETURN t {.id, .name, .nameFr, .entityTypes, .color, builtin: coalesce(t.builtin, false), internal: coalesce(t.internal, false),
          count: COUNT { (:Entity)-[:TAGGED]->(t) }} AS tag
ORDER BY tag.builtin DESC, toLower(tag.name)
