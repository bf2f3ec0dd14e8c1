// One attempt on every key at once, admitted only when no key is locked or full. Attempts in flight
// count as failures until they are settled (throttle-fail / throttle-release), so parallel requests
// cannot all be checked before the first failure is written.
UNWIND $keys AS k
WITH k ORDER BY k.key
MERGE (t:LoginThrottle {key: k.key})
// The write lock first: concurrent attempts on a key wait here, and the counts read below are the
// latest committed ones.
SET t.touchedAt = datetime()
WITH t, k, t.windowStart IS NULL OR t.windowStart < datetime() - duration({minutes: k.windowMinutes}) AS expired
SET t.windowStart = CASE WHEN expired THEN datetime() ELSE t.windowStart END,
    t.failures = CASE WHEN expired THEN 0 ELSE coalesce(t.failures, 0) END
WITH collect({t: t, k: k}) AS rows
WITH rows, [r IN rows WHERE r.t.lockedUntil > datetime() OR r.t.failures >= r.k.limit |
  CASE WHEN r.t.lockedUntil > datetime() THEN duration.inSeconds(datetime(), r.t.lockedUntil).seconds ELSE r.k.lockMinutes * 60 END] AS waits
FOREACH (r IN CASE WHEN size(waits) = 0 THEN rows ELSE [] END | SET r.t.failures = r.t.failures + 1)
RETURN reduce(longest = 0, w IN waits | CASE WHEN w > longest THEN w ELSE longest END) AS seconds
