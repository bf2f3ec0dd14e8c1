// Where a call's recording is, and how long the call lasted.
MATCH (c:Entity:Call {id: $id})
RETURN c.recordingUrl AS recordingUrl, c.duration AS duration
