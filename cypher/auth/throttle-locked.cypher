MATCH (t:LoginThrottle) WHERE t.key IN $keys AND t.lockedUntil > datetime()
RETURN max(duration.inSeconds(datetime(), t.lockedUntil).seconds) AS seconds
