/**
 * Each customer's ledger: what it was invoiced and what coupons took off it, in cents, kept in the
 * transaction of the invoice or the deduction (cypher/sales/add-to-ledgers), for its lifetime value.
 */
import type { Tx } from '$lib/server/db/driver';

export interface LedgerChange {
	customerId: string;
	invoiced: number;
	deducted: number;
}

export async function addToLedgers(tx: Tx, rows: readonly LedgerChange[]): Promise<void> {
	if (rows.length > 0) await tx.query('sales/add-to-ledgers', { rows });
}
