CREATE (j:Job {id: $id, type: $type, payload: $payload, status: 'queued', runAt: datetime($runAt), attempts: 0,
               maxAttempts: $maxAttempts, requestedBy: $requestedBy, schedule: $schedule, progress: 0,
               createdAt: datetime()})
RETURN j.id AS id
