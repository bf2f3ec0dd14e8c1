// Subjects of one relation side's triples when neither end is given: the start nodes of its native
// type ($reading 'start'), the end nodes (the partner side, 'end'), or both (a symmetric type).
MATCH (a:Entity)-[:$($nativeType)]->(b:Entity)
WHERE a.deletedAt IS NULL AND b.deletedAt IS NULL
UNWIND CASE $reading WHEN 'start' THEN [a.id] WHEN 'end' THEN [b.id] ELSE [a.id, b.id] END AS id
RETURN DISTINCT id
ORDER BY id
