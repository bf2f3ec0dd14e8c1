// Call statistics: the calls of each day of the range (by their start, UTC), answered ones, missed
// ones (inbound, never answered) and the seconds spent on answered ones.
MATCH (c:Call)
WHERE c.startedAt >= $from AND c.startedAt < $until
WITH left(c.startedAt, 10) AS day, c
RETURN day, count(c) AS calls, count(c.answeredAt) AS answered,
       sum(CASE WHEN c.direction = 'inbound' AND c.answeredAt IS NULL THEN 1 ELSE 0 END) AS missed,
       sum(CASE WHEN c.answeredAt IS NULL THEN 0 ELSE coalesce(c.duration, 0) END) AS talkSeconds
