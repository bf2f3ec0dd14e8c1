// Reserves ($sign -1) or releases ($sign 1) the stock of an order's lines. Products are locked in id
// order, so that orders sharing products cannot deadlock, and read after their lock: eight
// confirmations of the last units are served one after the other. A product without a stock
// quantity is not tracked. With $check, nothing moves if any line would take a stock below zero;
// the rows say which ones (the caller refuses, or, with a recorded override, goes on with $check false).
UNWIND $lines AS line
MATCH (p:Entity:Product {id: line.productId})
WITH p, sum(line.quantity) AS quantity
ORDER BY p.id
CALL apoc.lock.nodes([p])
WITH collect({p: p, quantity: quantity}) AS rows
WITH rows, [r IN rows WHERE $sign < 0 AND r.p.stock IS NOT NULL AND r.p.stock < r.quantity | {name: r.p.name, stock: r.p.stock, quantity: r.quantity}] AS short
CALL (rows, short) {
  WITH rows WHERE NOT $check OR size(short) = 0
  UNWIND rows AS r
  WITH r.p AS p, r.quantity AS quantity
  WHERE p.stock IS NOT NULL
  SET p.stock = p.stock + $sign * quantity, p.updatedAt = datetime()
}
RETURN short
