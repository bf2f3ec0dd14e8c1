// A call, locked so that two operators taking it are served one after the other; its fields are
// read by the next statement of the transaction, after the lock (a filter in this one could be
// evaluated before the procedure takes the lock).
MATCH (c:Entity:Call {id: $id})
CALL apoc.lock.nodes([c])
RETURN c.id AS id
