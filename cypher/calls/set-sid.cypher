// The CallSid Twilio gave a call we placed (its callbacks may have set it already).
MATCH (c:Entity:Call {id: $callId})
SET c.callSid = coalesce(c.callSid, $callSid)
