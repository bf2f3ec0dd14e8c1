// Coupons past their expiry date (one year after printing) go, with their PINs; their customer's
// history keeps which coupon went and why.
MATCH (c:Coupon)
WHERE c.expiresOn < $today AND c.status <> 'redeemed'
OPTIONAL MATCH (c)-[:IS_A_COUPON_FOR]->(customer:Entity)
OPTIONAL MATCH (c)-[:HAS_PIN]->(pin:CouponPin)
WITH c, customer, pin, c.code AS code, c.expiresOn AS expiresOn
CALL (customer, code, expiresOn) {
  WITH customer WHERE customer IS NOT NULL
  CREATE (:Change {id: randomUUID(), at: datetime(), actorId: $actorId, actorName: $actorName, action: 'couponRemoved',
                   fields: apoc.convert.toJson([{field: 'coupon', before: code + ' · ' + expiresOn, after: null}])})-[:ABOUT]->(customer)
}
DETACH DELETE c, pin
RETURN count(*) AS removed
