MERGE (t:LoginThrottle {key: $key})
WITH t, t.windowStart IS NULL OR t.windowStart < datetime() - duration({minutes: $windowMinutes}) AS expired
SET t.windowStart = CASE WHEN expired THEN datetime() ELSE t.windowStart END,
    t.failures = CASE WHEN expired THEN 1 ELSE t.failures + 1 END
WITH t
SET t.lockedUntil = CASE WHEN t.failures >= $limit THEN datetime() + duration({minutes: $lockMinutes}) ELSE t.lockedUntil END
