MATCH (m:Mail {id: $id})
SET m.status = $status, m.error = $error, m.sentAt = CASE WHEN $status = 'sent' THEN datetime() ELSE m.sentAt END
