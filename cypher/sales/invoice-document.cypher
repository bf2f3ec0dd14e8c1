// An invoice as printed: its order's number, its customer's address, its lines (from the order's
// CONTAINS relations, with the prices they were sold at), and whether the reader may see it ($scope).
MATCH (i:Entity:Invoice {id: $id})
WHERE i.deletedAt IS NULL
MATCH (o:Order)-[:IS_INVOICED_BY]->(i)
OPTIONAL MATCH (customer:Entity)-[:PLACED]->(o)
CALL (o) {
  MATCH (o)-[l:CONTAINS]->(p:Product)
  WITH l, p ORDER BY l.line
  RETURN collect({product: p.name, sku: p.sku, quantity: l.quantity, unitPrice: l.unitPrice, discount: l.discount,
                  taxRate: l.taxRate, net: l.net}) AS lines
}
RETURN i {.*} AS invoice, o {.number} AS order,
       customer {.name, .street, .postcode, .city, .country, .emails} AS customer, lines,
       /*VISIBLE(i)*/ AS visible
