MATCH (j:Job)
WITH j ORDER BY j.createdAt DESC LIMIT $limit
RETURN j.id AS id, j.type AS type, j.status AS status, j.schedule AS schedule, j.attempts AS attempts,
       j.maxAttempts AS maxAttempts, j.progress AS progress, j.total AS total, j.message AS message,
       j.error AS error, j.result AS result, toString(j.createdAt) AS createdAt, toString(j.runAt) AS runAt,
       toString(j.startedAt) AS startedAt, toString(j.finishedAt) AS finishedAt, j.requestedBy AS requestedBy,
       j.leasedBy AS ranOn
