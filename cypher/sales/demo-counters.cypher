// The yearly sequences the demo numbers its orders and invoices in ($keys: 'SO-2025', 'INV-2025'…),
// locked until the demo's transaction commits: its numbers follow on from theirs, and an order or
// invoice made meanwhile waits, so the sequences stay without gaps.
UNWIND $keys AS key
MERGE (c:Counter {id: key})
SET c.value = coalesce(c.value, 0)
RETURN c.id AS id, c.value AS value
