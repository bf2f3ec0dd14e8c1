// Which of these coupon IDs exist already.
UNWIND $codes AS code
MATCH (c:Coupon {code: code})
RETURN c.code AS code
