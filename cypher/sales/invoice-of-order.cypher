// The invoice of an order, if it is invoiced (an order's page takes payments and coupons for it).
MATCH (:Entity {id: $orderId})-[:IS_INVOICED_BY]->(i:Invoice)
RETURN i.id AS id
