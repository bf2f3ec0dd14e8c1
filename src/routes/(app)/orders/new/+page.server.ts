import type { Actions, PageServerLoad } from './$types';
import { redirect } from '@sveltejs/kit';
import { maySell } from '$lib/domain/sales';
import { translate } from '$lib/i18n';
import { assertMayOn } from '$lib/server/access/guard';
import { getEntity } from '$lib/server/entities/records';
import { createOrder } from '$lib/server/sales/orders';
import { setFlash } from '$lib/server/web/flash';
import { readForm } from '$lib/server/web/forms';
import { attempt, failed, requireAccess } from '$lib/server/web/http';
import { orderFromForm } from '$lib/server/web/order-form';
import { CUSTOMER_TYPES } from '$lib/domain/sales';

export const load: PageServerLoad = async ({ locals, url }) => {
	const { user, scope } = requireAccess(locals, 'Order', 'create');
	const customerId = url.searchParams.get('customer');
	// The customer's page (or an incoming call's screen) opens the form with the customer chosen.
	const customer = customerId ? await getEntity(customerId, undefined, scope).catch(() => null) : null;
	return {
		callId: url.searchParams.get('call') ?? '',
		mayOrder: maySell(user.role, 'order'),
		customer: customer && CUSTOMER_TYPES.includes(customer.type) ? { id: customer.id, name: customer.name, type: customer.type } : null
	};
};

export const actions = {
	default: async ({ request, locals, cookies }) => {
		const { user } = requireAccess(locals, 'Order', 'create');
		const form = await readForm(request, ['productId', 'quantity', 'discount']);
		const made = await attempt(
			locals,
			async () => {
				// Taken on a call: the call must be one this user sees.
				if (typeof form.callId === 'string' && form.callId) await assertMayOn(user, form.callId, 'view');
				return createOrder(orderFromForm(form), user);
			},
			form
		);
		if (failed(made)) return made;
		setFlash(cookies, { kind: 'ok', message: translate(locals.locale, 'sales.order.created', { number: made.number }) });
		redirect(303, `/orders/${made.id}`);
	}
} satisfies Actions;
