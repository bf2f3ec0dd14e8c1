// New coupons are for their customer; each one's PIN is kept on a node of its own (HAS_PIN), never
// among the coupon's properties, so that no list, page, triple or GraphQL answer carries it.
MATCH (customer:Entity {id: $customerId})
UNWIND $coupons AS coupon
MATCH (c:Entity:Coupon {id: coupon.id})
CREATE (c)-[:IS_A_COUPON_FOR {id: randomUUID(), createdAt: datetime(), createdBy: $actorId}]->(customer)
CREATE (c)-[:HAS_PIN]->(:CouponPin {pin: coupon.pin})
RETURN count(c) AS linked
