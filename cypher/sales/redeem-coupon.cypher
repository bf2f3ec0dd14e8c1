// A coupon used on an invoice: redeemed once, for the amount deducted.
MATCH (c:Entity:Coupon {id: $couponId}), (i:Entity:Invoice {id: $invoiceId})
SET c.status = 'redeemed', c.redeemedOn = $on, c.deductedAmount = $deducted, c.updatedAt = datetime()
CREATE (c)-[:IS_REDEEMED_ON {id: randomUUID(), createdAt: datetime(), createdBy: $actorId}]->(i)
