MATCH (j:Job {id: $id}) WHERE j.status IN ['failed', 'cancelled']
SET j.status = 'queued', j.runAt = datetime(), j.attempts = 0, j.error = null, j.finishedAt = null
RETURN j.id AS id
