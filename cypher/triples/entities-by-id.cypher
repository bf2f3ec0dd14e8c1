// The stored entities among $ids (trashed ones too: the import refuses to write into them).
UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN e {.*, type: e.type} AS entity
