// A customer's order history for the customer-card benchmark, in the product's graph shape (see
// src/lib/server/sales): $count orders over two years, three lines each, invoiced, most paid, and
// what they were invoiced on the customer's ledger.
MATCH (c:Entity {id: $customerId})
UNWIND range(0, $count - 1) AS i
WITH c, i, date($today) - duration({days: i % 730}) AS day
CREATE (o:Entity:Order {id: randomUUID(), type: 'Order', number: 'BENCH-' + $batch + '-' + i, name: 'BENCH-' + $batch + '-' + i,
        status: CASE WHEN i % 5 = 0 THEN 'invoiced' ELSE 'paid' END, channel: 'phone', orderedOn: toString(day),
        customerName: c.name, customerId: c.id, net: 30.0, tax: 6.0, total: 36.0, ownerId: $ownerId, createdAt: datetime(), updatedAt: datetime()})
CREATE (c)-[:PLACED {id: randomUUID(), createdAt: datetime(), createdBy: $ownerId}]->(o)
WITH c, i, o, day
UNWIND range(0, 2) AS line
MATCH (p:Product {id: $products[(i + line) % size($products)]})
CREATE (o)-[:CONTAINS {id: randomUUID(), createdAt: datetime(), createdBy: $ownerId, line: line + 1, quantity: 1, unitPrice: 10.0,
        discount: 0, taxRate: 20, net: 10.0, tax: 2.0}]->(p)
WITH DISTINCT c, i, o, day
CREATE (o)-[:IS_INVOICED_BY {id: randomUUID(), createdAt: datetime(), createdBy: $ownerId}]->
       (:Entity:Invoice {id: randomUUID(), type: 'Invoice', number: 'BENCH-INV-' + $batch + '-' + i, name: 'BENCH-INV-' + $batch + '-' + i,
        status: CASE WHEN i % 5 = 0 THEN 'unpaid' ELSE 'paid' END, issuedOn: toString(day), dueOn: toString(day + duration({days: 30})),
        paymentTermsDays: 30, customerName: c.name, net: 30.0, tax: 6.0, total: 36.0, deducted: 0.0,
        paid: CASE WHEN i % 5 = 0 THEN 0.0 ELSE 36.0 END, due: CASE WHEN i % 5 = 0 THEN 36.0 ELSE 0.0 END,
        customerId: c.id, ownerId: $ownerId, createdAt: datetime(), updatedAt: datetime()})
WITH c, count(*) AS orders
MERGE (ledger:CustomerLedger {customerId: c.id})
ON CREATE SET ledger.invoiced = 0, ledger.deducted = 0
SET ledger.invoiced = ledger.invoiced + orders * 3600
RETURN orders
