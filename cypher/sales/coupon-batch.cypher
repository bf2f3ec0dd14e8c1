// The coupons of one printed batch, with their PINs, for the sheet a manager prints.
MATCH (c:Coupon {batch: $batch})-[:HAS_PIN]->(pin:CouponPin)
WHERE c.deletedAt IS NULL
OPTIONAL MATCH (c)-[:IS_A_COUPON_FOR]->(customer:Entity)
RETURN c.code AS code, pin.pin AS pin, c.amount AS amount, c.expiresOn AS expiresOn, c.printedOn AS printedOn,
       customer.name AS customer
ORDER BY c.code
