// What an order's page shows besides its fields: its lines, its invoice, the payments and coupons
// that settled it.
MATCH (o:Entity:Order {id: $id})
OPTIONAL MATCH (customer:Entity)-[:PLACED]->(o)
OPTIONAL MATCH (o)-[:IS_INVOICED_BY]->(i:Invoice)
CALL (o) {
  OPTIONAL MATCH (o)-[l:CONTAINS]->(p:Product)
  WITH l, p ORDER BY l.line
  RETURN collect(CASE WHEN l IS NULL THEN null ELSE {productId: p.id, product: p.name, sku: p.sku, quantity: l.quantity, unitPrice: l.unitPrice,
                       discount: l.discount, taxRate: l.taxRate, net: l.net, tax: l.tax} END) AS lines
}
RETURN lines, customer {.id, .name, .type} AS customer,
       i {.id, .number, .status, .issuedOn, .dueOn, .total, .deducted, .paid, .due} AS invoice,
       [(pay:Payment)-[:SETTLES]->(i) | pay {.id, .amount, .paidOn, .method}] AS payments,
       [(c:Coupon)-[:IS_REDEEMED_ON]->(i) | c {.id, .code, .deductedAmount, .redeemedOn}] AS coupons
