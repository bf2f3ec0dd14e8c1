// The next number of a sequence ($key: 'invoice-2026'), taken in the caller's transaction. The
// counter's write lock is held until it commits, so concurrent invoicings are numbered one after the
// other, and a transaction that rolls back gives its number back: the sequence has no gaps.
MERGE (c:Counter {id: $key})
SET c.value = coalesce(c.value, 0) + 1
RETURN c.value AS value
