// A call as its steps need it: who handled it, its status, Twilio's SID, its number.
MATCH (c:Entity:Call {id: $id})
RETURN c.id AS id, c.name AS name, c.ownerId AS ownerId, c.status AS status, c.callSid AS callSid, c.number AS number,
       c.direction AS direction, c.answeredAt AS answeredAt, coalesce(c.stage, 0) AS stage
