// Tag types described by an import and missing here (same shape as tags/create), keeping their id.
UNWIND $tags AS tag
CREATE (t:TagType {id: tag.id, name: tag.name, nameFr: tag.nameFr, entityTypes: tag.entityTypes, color: tag.color,
                   builtin: false, internal: false, createdAt: datetime()})
RETURN count(t) AS created
