// The lease $name for $holder, if it is free, expired or already theirs (no row otherwise). The SET
// before the check takes the node's write lock, so two instances asking at once are served one after
// the other and the second sees the first one's lease.
MERGE (l:Lease {name: $name})
SET l.asked = datetime()
WITH l
WHERE l.holder IS NULL OR l.holder = $holder OR l.until < datetime()
SET l.holder = $holder, l.until = datetime() + duration({seconds: $ttlSeconds})
RETURN true AS held
