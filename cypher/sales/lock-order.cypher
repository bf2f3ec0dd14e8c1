// An order, locked for a workflow step (two supervisors confirming at once are serialised, and the
// second sees the first's status), with its lines, its customer, who took it and its invoice.
MATCH (o:Entity:Order {id: $id})
WHERE o.deletedAt IS NULL
CALL apoc.lock.nodes([o])
OPTIONAL MATCH (customer:Entity)-[:PLACED]->(o)
OPTIONAL MATCH (o)-[:IS_INVOICED_BY]->(invoice:Invoice)
RETURN o {.*} AS order,
       customer {.id, .name, .type, .emails, .creditLimit} AS customer,
       [(o)-[l:CONTAINS]->(p:Product) | {productId: p.id, name: p.name, sku: p.sku, quantity: l.quantity, unitPrice: l.unitPrice,
                                          discount: l.discount, taxRate: l.taxRate, net: l.net, tax: l.tax, line: l.line}] AS lines,
       [(operator:Contact)-[:TOOK_THE_ORDER]->(o) | operator.userId][0] AS operatorUserId,
       invoice {.*} AS invoice
