// What is left to pay on an invoice after a payment or a coupon (amounts in cents, stored as money).
MATCH (i:Entity:Invoice {id: $id})
SET i.paid = $paid, i.deducted = $deducted, i.due = $due, i.status = $status, i.updatedAt = datetime()
