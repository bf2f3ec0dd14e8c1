// An order's new status and the day of the step ($dateField: confirmedOn, invoicedOn, paidOn, cancelledOn).
MATCH (o:Order {id: $id})
SET o.status = $status, o[$dateField] = $on, o.updatedAt = datetime()
