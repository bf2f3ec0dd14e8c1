MATCH (c:Counter {id: 'events'}) RETURN c.value AS seq
