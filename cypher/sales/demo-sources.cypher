// What the demo's sales are made of: the customers (organisations that buy, companies and
// individuals, not our own), the products, and the staff who may take orders (the contacts of active
// user accounts of $operatorRoles). $customerIds and $productIds narrow them (tests), or are null.
CALL () {
  MATCH (c:Organisation)
  WHERE c.deletedAt IS NULL AND c.kind IN ['company', 'individual'] AND coalesce(c.managed, false) = false
    AND ($customerIds IS NULL OR c.id IN $customerIds)
  RETURN collect(c {.id, .name, .kind, .category, .status}) AS customers
}
CALL () {
  MATCH (p:Product)
  WHERE p.deletedAt IS NULL AND ($productIds IS NULL OR p.id IN $productIds)
  RETURN collect(p {.id, .sku, .unitPrice, .taxRate, .stock, .leadTimeDays, .active}) AS products
}
CALL () {
  MATCH (u:User)-[:HAS_CONTACT]->(c:Contact)
  WHERE u.active = true AND u.role IN $operatorRoles AND c.deletedAt IS NULL
  RETURN collect({contactId: c.id, userId: u.id}) AS operators
}
RETURN customers, products, operators
