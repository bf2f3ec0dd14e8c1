// The products of an order's lines as they are now: price, tax rate and whether they may be sold.
UNWIND $ids AS id
MATCH (p:Entity:Product {id: id})
RETURN p.id AS id, p.name AS name, p.sku AS sku, p.unitPrice AS unitPrice, p.taxRate AS taxRate,
       p.active AS active, p.deletedAt IS NOT NULL AS trashed
