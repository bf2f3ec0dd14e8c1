/**
 * What the sales module adds to an entity page: an organisation's or contact's customer card (for
 * those who may see orders), an order's lines, invoice and workflow buttons. The form actions
 * behind those buttons are below; each delegates to the sales room.
 */
import { CUSTOMER_TYPES, ORDER_STEPS, maySell, mayStep, type CustomerCard, type OrderPanel, type OrderStatus } from '$lib/domain/sales';
import { translate } from '$lib/i18n';
import type { SessionUser } from '$lib/server/auth/sessions';
import { redeemCoupon } from '$lib/server/sales/coupons';
import { customerCard } from '$lib/server/sales/customer-card';
import { setSuspended } from '$lib/server/sales/customer-status';
import { stepOrder } from '$lib/server/sales/order-steps';
import { orderPanel } from '$lib/server/sales/order-panel';
import { invoiceIdOf } from '$lib/server/sales/invoices';
import { recordPayment } from '$lib/server/sales/payments';
import { recordAction } from '$lib/server/web/entity-actions';
import { stringField } from '$lib/server/web/forms';

export interface SalesPanels {
	customer: (CustomerCard & { mayOrder: boolean; maySuspend: boolean }) | null;
	order: OrderPanel | null;
}

export async function salesPanels(type: string, entity: Record<string, unknown>, user: SessionUser): Promise<SalesPanels> {
	const id = String(entity.id);
	if (CUSTOMER_TYPES.includes(type) && user.access.Order.view !== 'none') {
		const card = await customerCard(id);
		return { customer: { ...card, mayOrder: maySell(user.role, 'order'), maySuspend: maySell(user.role, 'suspend') }, order: null };
	}
	if (type === 'Order') {
		const status = entity.status as OrderStatus;
		const panel = await orderPanel(id);
		return {
			customer: null,
			order: {
				...panel,
				steps: ORDER_STEPS.filter((step) => mayStep(user.role, step, status)),
				may: { pay: maySell(user.role, 'pay'), redeem: maySell(user.role, 'redeem'), overrideStock: maySell(user.role, 'overrideStock') }
			}
		};
	}
	return { customer: null, order: null };
}

export const salesActions = {
	step: recordAction((id, form, user) => stepOrder(id, form, user), (form) => `sales.done.${stringField(form, 'step')}`),
	pay: recordAction(async (id, form, user) => recordPayment(await invoiceIdOf(id), form, user), () => 'sales.done.pay'),
	redeem: recordAction(async (id, form, user) => redeemCoupon(await invoiceIdOf(id), form, user), () => 'sales.done.redeem'),
	suspend: recordAction((id, form, user) => setSuspended(id, stringField(form, 'on') === 'true', user), (form) => (stringField(form, 'on') === 'true' ? 'sales.done.suspend' : 'sales.done.unsuspend'))
};
