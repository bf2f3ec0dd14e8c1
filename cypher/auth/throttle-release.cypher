// The attempt taken by throttle-attempt succeeded: it no longer counts.
UNWIND $keys AS key
MATCH (t:LoginThrottle {key: key})
SET t.failures = CASE WHEN t.failures > 0 THEN t.failures - 1 ELSE 0 END
