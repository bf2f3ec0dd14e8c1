// The attempt taken by throttle-attempt failed: it stays counted, and a key at its limit is locked.
UNWIND $keys AS k
MATCH (t:LoginThrottle {key: k.key})
SET t.lockedUntil = CASE WHEN t.failures >= k.limit THEN datetime() + duration({minutes: k.lockMinutes}) ELSE t.lockedUntil END
RETURN max(CASE WHEN t.lockedUntil > datetime() THEN duration.inSeconds(datetime(), t.lockedUntil).seconds ELSE 0 END) AS seconds
