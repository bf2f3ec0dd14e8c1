/** The order form's submitted fields as the sales room takes them: one line per product row, blank rows left out. */
export function orderFromForm(form: Record<string, unknown>): Record<string, unknown> {
	const list = (name: string) => (Array.isArray(form[name]) ? (form[name] as unknown[]) : []).map((v) => (typeof v === 'string' ? v : ''));
	const products = list('productId');
	const quantities = list('quantity');
	const discounts = list('discount');
	const lines = products
		.map((productId, i) => ({ productId, quantity: quantities[i] ?? '', discount: discounts[i] ?? '' }))
		.filter((line) => line.productId !== '' || line.quantity !== '');
	return { customerId: form.customerId, channel: form.channel, note: form.note, callId: form.callId, lines };
}
