// After the demo's orders: each yearly sequence at the last number the demo used (locked by
// demo-counters.cypher), so that real orders and invoices follow on, and each stocked product at a
// plausible level after two years of sales ($stock [{productId, stock}]).
CALL () {
  UNWIND $counters AS counter
  MATCH (c:Counter {id: counter.id})
  SET c.value = counter.value
}
CALL () {
  UNWIND $stock AS level
  MATCH (p:Entity {id: level.productId})
  SET p.stock = level.stock, p.updatedAt = datetime()
}
