/**
 * The sales alerts, through the platform's notifications and mail: each written in the transaction
 * of what it tells about, and every mail to a customer recorded on the customer's timeline.
 */
import { translate, type Locale } from '$lib/i18n';
import { entityUrl } from '$lib/kinds/registry';
import type { Tx } from '$lib/server/db/driver';
import type { Actor } from '$lib/server/entities/actor';
import { recordChange } from '$lib/server/entities/history';
import { queueMail } from '$lib/server/notifications/mail';
import { notify } from '$lib/server/notifications/notify';
import { money, toCents } from './numbers';
import type { LockedOrder } from './order-steps';

/** Customers are written to in the installation's language: French where the phones are French-speaking. */
const FRENCH_SPEAKING = new Set(['FR', 'DZ', 'BE', 'MA', 'TN', 'CH', 'LU', 'SN', 'CI']);
export const customerLocale = (country: string): Locale => (FRENCH_SPEAKING.has(country) ? 'fr' : 'en');

/** Mails a customer and records it on its timeline. */
export async function mailCustomer(tx: Tx, customer: { id: string; emails: string[] | null }, subject: string, text: string, actor: Actor): Promise<boolean> {
	const to = customer.emails?.[0];
	if (!to) return false;
	await queueMail(tx, { to, subject, text });
	await recordChange(tx, customer.id, 'mailed', actor, [{ field: 'mail', before: null, after: `${to} · ${subject}` }]);
	return true;
}

/**
 * After a confirmation at the plant: the operator who took the order hears of it; a customer whose
 * confirmed and unpaid amounts now pass its credit limit is told by mail, and its operator too.
 */
export async function afterConfirmation(tx: Tx, locked: LockedOrder, actor: Actor, locale: Locale): Promise<void> {
	const { order, customer, operatorUserId } = locked;
	const link = entityUrl('Order', order.id);
	const limit = customer?.creditLimit ?? null;
	const [, rows] = await Promise.all([
		operatorUserId ? notify(tx, { userIds: [operatorUserId], title: 'sales.alert.confirmed', params: { number: order.number, customer: customer?.name ?? '' }, link }) : null,
		limit !== null && customer ? tx.query<{ exposure: number }>('sales/exposure', { customerId: customer.id, orderId: order.id }) : null
	]);
	if (!customer || limit === null) return;
	const exposure = toCents(rows?.[0]?.exposure ?? 0);
	if (exposure <= toCents(limit)) return;
	const params = { customer: customer.name, number: order.number, exposure: money(exposure), limit };
	if (operatorUserId) await notify(tx, { userIds: [operatorUserId], title: 'sales.alert.creditLimit', params, link: entityUrl(customer.type, customer.id) });
	await mailCustomer(tx, customer, translate(locale, 'sales.mail.creditLimit.subject', params), translate(locale, 'sales.mail.creditLimit.text', params), actor);
}
