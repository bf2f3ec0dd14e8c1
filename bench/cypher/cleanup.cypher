// Removes what the benchmarks wrote through the product's code, so every run measures the same
// generated graph: relations made by actors 'bench:<run>' (a live relation carries its creator).
// Scans every relationship (a few seconds at 1M). Auto-commit (CALL … IN TRANSACTIONS).
MATCH ()-[r]->()
WHERE r.createdBy STARTS WITH 'bench:'
CALL (r) {
  DELETE r
} IN TRANSACTIONS OF 10000 ROWS
