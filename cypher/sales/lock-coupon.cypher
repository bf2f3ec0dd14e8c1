// A coupon by its ID, locked for its redemption (two validations of the same coupon at once are
// serialised: the second sees it redeemed), with its PIN and its customer.
MATCH (c:Coupon {code: $code})
WHERE c.deletedAt IS NULL
CALL apoc.lock.nodes([c])
OPTIONAL MATCH (c)-[:HAS_PIN]->(pin:CouponPin)
OPTIONAL MATCH (c)-[:IS_A_COUPON_FOR]->(customer:Entity)
RETURN c {.*} AS coupon, pin.pin AS pin, customer.id AS customerId
