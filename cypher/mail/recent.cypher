MATCH (m:Mail)
WITH m ORDER BY m.createdAt DESC LIMIT $limit
RETURN m.id AS id, m.to AS to, m.subject AS subject, m.text AS text, m.status AS status,
       toString(m.createdAt) AS createdAt, toString(m.sentAt) AS sentAt, m.error AS error
