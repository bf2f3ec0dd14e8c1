// Live organisations and contacts the write benchmarks draw their random pairs from (ours, its
// competitors and the 1,000-relation hub are left out, so their relations stay as generated).
MATCH (n:Entity)
WHERE (n:Organisation OR n:Contact) AND n.deletedAt IS NULL AND NOT n.id IN $reserved
RETURN n.id AS id, n:Organisation AS organisation
