import type { OrderPanel } from '$lib/domain/sales';
import { read } from '$lib/server/db/driver';

/** An order's lines, invoice and settlements, for its page. */
export async function orderPanel(id: string): Promise<Omit<OrderPanel, 'steps' | 'may'>> {
	const [row] = await read<Omit<OrderPanel, 'steps' | 'may'>>('sales/order-panel', { id });
	return row ?? { lines: [], customer: null, invoice: null, payments: [], coupons: [] };
}
