// Written last, in its own transaction: its presence means every batch before it committed.
CREATE (m:BenchMarker)
SET m = $marker, m.benchmark = 'sales-statistics'
