import type { CustomerCard } from '$lib/domain/sales';
import { read } from '$lib/server/db/driver';
import { money, toCents, today } from './numbers';

/** What an organisation's or contact's page shows of its dealings with us (sales/customer-card.cypher). */
export async function customerCard(id: string): Promise<CustomerCard> {
	const [row] = await read<CustomerCard>('sales/customer-card', { id, today: today() });
	if (!row) return { status: null, creditLimit: null, balance: 0, lifetimeValue: 0, orderCount: 0, recent: [], unpaid: [] };
	// Sums of decimals drift by fractions of a cent: round them back.
	return { ...row, balance: money(toCents(row.balance)), lifetimeValue: money(toCents(row.lifetimeValue)) };
}
