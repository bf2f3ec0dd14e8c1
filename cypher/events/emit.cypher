// An event, numbered after the last one. The counter's write lock is held until the transaction
// commits, so numbers follow commit order: a reader that has seen number n has seen everything before.
MERGE (c:Counter {id: 'events'})
SET c.value = coalesce(c.value, 0) + 1
CREATE (e:Event {seq: c.value, id: randomUUID(), at: datetime(), type: $type, users: $users, roles: $roles,
                 staff: $staff, payload: $payload})
RETURN e.seq AS seq
