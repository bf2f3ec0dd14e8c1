// The oldest job due among $types, for $instance: queued and due, or running on a lease that expired
// (its instance died). The SET before the second check takes the job's write lock, so two instances
// asking at once cannot both claim it: the second sees the first one's claim. The run record's key
// (job and attempt) is unique, so even a claim that slipped through would fail here.
MATCH (j:Job)
WHERE j.type IN $types AND ((j.status = 'queued' AND j.runAt <= datetime()) OR (j.status = 'running' AND j.leaseUntil < datetime()))
WITH j ORDER BY j.runAt LIMIT 1
SET j.claimedAt = datetime()
WITH j
WHERE (j.status = 'queued' AND j.runAt <= datetime()) OR (j.status = 'running' AND j.leaseUntil < datetime())
SET j.status = 'running', j.leasedBy = $instance, j.leaseUntil = datetime() + duration({seconds: $leaseSeconds}),
    j.attempts = j.attempts + 1, j.startedAt = datetime(), j.finishedAt = null, j.error = null
CREATE (:JobRun {key: j.id + '#' + toString(j.attempts), jobId: j.id, attempt: j.attempts, instance: $instance, at: datetime()})
RETURN j.id AS id, j.type AS type, j.payload AS payload, j.attempts AS attempts, j.maxAttempts AS maxAttempts, j.requestedBy AS requestedBy
