// Finished jobs and their run records after 30 days.
MATCH (j:Job) WHERE j.status IN ['done', 'failed', 'cancelled'] AND j.finishedAt < datetime() - duration({days: 30})
WITH j LIMIT $batch
OPTIONAL MATCH (r:JobRun {jobId: j.id})
DETACH DELETE r, j
RETURN count(DISTINCT j) AS removed
