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
import { assertMayOn } from '$lib/server/access/guard';
import { readForm, stringField } from '$lib/server/web/forms';
import { attempt, failed, requireSignedIn } from '$lib/server/web/http';
import type { RequestEvent } from '@sveltejs/kit';

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

type ActionEvent = Pick<RequestEvent, 'request' | 'locals'> & { params: { id: string } };

/** A sales action on the page's entity: the form's fields to the sales room, then a sentence. */
function salesAction(work: (entityId: string, form: Record<string, unknown>, user: SessionUser) => Promise<unknown>, message: (form: Record<string, unknown>) => string) {
	return async ({ request, locals, params }: ActionEvent) => {
		const user = requireSignedIn(locals);
		const form = await readForm(request, []);
		const done = await attempt(
			locals,
			async () => {
				await assertMayOn(user, params.id, 'change');
				return work(params.id, form, user);
			},
			form
		);
		if (failed(done)) return done;
		return { ok: true as const, message: translate(locals.locale, message(form)) };
	};
}

export const salesActions = {
	step: salesAction((id, form, user) => stepOrder(id, form, user), (form) => `sales.done.${stringField(form, 'step')}`),
	pay: salesAction(async (id, form, user) => recordPayment(await invoiceIdOf(id), form, user), () => 'sales.done.pay'),
	redeem: salesAction(async (id, form, user) => redeemCoupon(await invoiceIdOf(id), form, user), () => 'sales.done.redeem'),
	suspend: salesAction((id, form, user) => setSuspended(id, stringField(form, 'on') === 'true', user), (form) => (stringField(form, 'on') === 'true' ? 'sales.done.suspend' : 'sales.done.unsuspend'))
};
