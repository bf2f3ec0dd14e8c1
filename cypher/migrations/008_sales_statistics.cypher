// Sales statistics read the orders sold in a range of days: this index finds them by status and day
// at once and hands both values over without reading the orders (drafts and cancelled orders are
// skipped inside the index). order_ordered_on (007) stays for lookups by day alone.
CREATE INDEX order_status_ordered_on IF NOT EXISTS FOR (o:Order) ON (o.status, o.orderedOn);
