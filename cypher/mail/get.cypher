MATCH (m:Mail {id: $id})
RETURN m.id AS id, m.to AS to, m.subject AS subject, m.text AS text, m.status AS status,
       toString(m.createdAt) AS createdAt, toString(m.sentAt) AS sentAt, m.error AS error
