// A call's progress as Twilio (or the simulator) reports it, found by our id or Twilio's CallSid.
// Applied only when it moves the call to a later stage ($stage, domain/calls.ts): a repeated callback
// changes nothing and a late "ringing" never overwrites "completed". Returns the call when it moved.
MATCH (c:Entity:Call)
WHERE c.id = $callId OR c.callSid = $callSid
WITH c LIMIT 1
WITH c WHERE coalesce(c.stage, -1) < $stage
SET c.status = $status, c.stage = $stage, c.callSid = coalesce(c.callSid, $callSid), c.updatedAt = datetime(),
    c.duration = coalesce($duration, c.duration),
    c.answeredAt = CASE WHEN $status = 'in_progress' THEN coalesce(c.answeredAt, $at) ELSE c.answeredAt END,
    c.endedAt = CASE WHEN $stage = 4 THEN $at ELSE c.endedAt END
RETURN c.id AS id, c.name AS name, c.ownerId AS ownerId, c.status AS status, c.answeredAt AS answeredAt
