MATCH (j:Job {id: $id, leasedBy: $instance})
WHERE j.status IN ['running', 'cancelling']
SET j.leaseUntil = datetime() + duration({seconds: $leaseSeconds})
FOREACH (p IN CASE WHEN $progress IS NULL THEN [] ELSE [$progress] END |
  SET j.progress = p.done, j.total = p.total, j.message = p.message)
RETURN j.status = 'cancelling' AS cancelling, j.requestedBy AS requestedBy
