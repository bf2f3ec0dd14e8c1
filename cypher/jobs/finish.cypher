// The end of this instance's run of the job (nothing if the job was taken over meanwhile).
MATCH (j:Job {id: $id, leasedBy: $instance})
WHERE j.status IN ['running', 'cancelling']
SET j.status = CASE WHEN j.status = 'cancelling' THEN 'cancelled' ELSE $status END,
    j.finishedAt = datetime(), j.leaseUntil = null, j.error = $error, j.result = coalesce($result, j.result),
    j.runAt = CASE WHEN $retryAt IS NULL THEN j.runAt ELSE datetime($retryAt) END
RETURN j.status AS status
