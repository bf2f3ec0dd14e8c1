MATCH (j:Job {id: $id}) WHERE j.status IN ['queued', 'running']
SET j.status = CASE WHEN j.status = 'queued' THEN 'cancelled' ELSE 'cancelling' END,
    j.finishedAt = CASE WHEN j.status = 'queued' THEN datetime() ELSE j.finishedAt END
RETURN j.id AS id
