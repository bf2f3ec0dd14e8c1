// Entity kinds (src/lib/kinds): each entity stores its kind in `type`, so that every query reads it
// from one indexed property instead of deriving it from the labels. The indexes each kind needs (by
// name, by update, on its indexed fields) are created at start from the registry (db/kind-schema.ts).
MATCH (n:Entity) WHERE n.type IS NULL
SET n.type = [l IN labels(n) WHERE l <> 'Entity'][0];
CREATE INDEX entity_type IF NOT EXISTS FOR (n:Entity) ON (n.type);
