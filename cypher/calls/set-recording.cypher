// A call's recording, once Twilio (or the simulator) has it.
MATCH (c:Entity:Call)
WHERE c.id = $callId OR c.callSid = $callSid
SET c.recordingUrl = $url, c.recordingSid = $recordingSid, c.updatedAt = datetime()
RETURN c.id AS id, c.name AS name, c.ownerId AS ownerId
