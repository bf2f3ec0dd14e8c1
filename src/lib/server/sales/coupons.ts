/**
 * Discount coupons: generated in batches by managers (IDs of 14 digits from a CSPRNG, never
 * sequential, each with a 4-digit PIN), printed as a sheet, redeemed once on an invoice by ID and PIN,
 * and removed by a job once expired. Wrong guesses are counted per user: past five in a quarter of an
 * hour, redemptions are refused for a while.
 */
import { randomInt, randomUUID, timingSafeEqual } from 'node:crypto';
import { DomainError } from '$lib/domain/errors';
import { parseOrThrow } from '$lib/domain/forms';
import { cents, couponBatchInput, redeemInput } from '$lib/domain/sales';
import type { CouponSheetDocument } from '$lib/domain/sales-documents';
import { kindOf } from '$lib/kinds/registry';
import { getSettings } from '$lib/server/app/settings';
import { attemptFailed, attemptSettled, takeAttempt, type ThrottleKey } from '$lib/server/auth/throttle';
import { read, write, writeTx } from '$lib/server/db/driver';
import type { Actor } from '$lib/server/entities/actor';
import { recordChange } from '$lib/server/entities/history';
import { announceChange, checkOrThrow, storeNewEntities } from '$lib/server/entities/pipeline';
import type { JobHandler } from '$lib/server/jobs/worker';
import { ourCompanyForDocuments } from './company';
import { addDays, money, today } from './numbers';
import { assertMaySell } from './permissions';
import { dueCents, lockInvoice, settle } from './settlement';

const GUESSES = { limit: 5, windowMinutes: 15, lockMinutes: 15 };
const digits = (n: number) => Array.from({ length: n }, () => randomInt(0, 10)).join('');
/** 14 digits, the first never 0, so that the ID keeps its length wherever it is copied. */
const couponCode = () => `${randomInt(1, 10)}${digits(13)}`;

/** Generates `count` coupons for a customer; returns the batch to print. */
export async function generateCoupons(raw: unknown, actor: Actor): Promise<{ batch: string; count: number }> {
	assertMaySell(actor, 'coupons');
	const input = parseOrThrow(couponBatchInput, raw);
	const settings = await getSettings();
	const batch = randomUUID();
	const day = today();
	return writeTx(async (tx) => {
		const [customer] = await tx.query<{ id: string; name: string }>('sales/customer', { customerId: input.customerId, actorId: actor.id });
		if (!customer) throw new DomainError('CUSTOMER_NOT_FOUND', 'sales.error.customerGone', 404);
		const codes = new Set<string>();
		while (codes.size < input.count) codes.add(couponCode());
		// Unique in the database too (the constraint would refuse a collision; this avoids the refusal).
		for (const { code } of await tx.query<{ code: string }>('sales/coupon-codes-taken', { codes: [...codes] })) codes.delete(code);
		while (codes.size < input.count) codes.add(couponCode());
		const coupons = [...codes].map((code) => ({ id: randomUUID(), code, pin: input.pin || digits(4) }));
		const rows = coupons.map((c) => {
			const values = { code: c.code, amount: input.amount, status: 'valid', printedOn: day, expiresOn: addDays(day, 365), customerName: customer.name, batch };
			return { id: c.id, type: 'Coupon', props: checkOrThrow(kindOf('Coupon'), values, { actor, settings, system: true }) };
		});
		await storeNewEntities(tx, rows, actor);
		await tx.query('sales/link-coupons', { customerId: customer.id, coupons: coupons.map(({ id, pin }) => ({ id, pin })), actorId: actor.id });
		return { batch, count: coupons.length };
	});
}

/** The printable sheet of a batch, for managers only. */
export async function couponSheet(batch: string, locale: 'en' | 'fr', actor: Actor): Promise<CouponSheetDocument> {
	assertMaySell(actor, 'coupons');
	const [rows, settings, company] = await Promise.all([
		read<{ code: string; pin: string; amount: number; expiresOn: string; printedOn: string; customer: string | null }>('sales/coupon-batch', { batch }),
		getSettings(),
		ourCompanyForDocuments()
	]);
	if (rows.length === 0) throw new DomainError('NOT_FOUND', 'error.notFound', 404);
	return {
		locale,
		currency: settings.currency,
		company,
		customer: rows[0]!.customer ?? '',
		printedOn: rows[0]!.printedOn,
		coupons: rows.map(({ code, pin, amount, expiresOn }) => ({ code, pin, amount, expiresOn }))
	};
}

const samePin = (a: string, b: string) => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

/**
 * Redeems a coupon on an invoice: its amount (at most what is due) is deducted once. A wrong ID or
 * PIN, a coupon already used, expired or another customer's are refused with a sentence, nothing written.
 */
export async function redeemCoupon(invoiceId: string, raw: unknown, actor: Actor): Promise<{ deducted: number }> {
	assertMaySell(actor, 'redeem');
	const input = parseOrThrow(redeemInput, raw);
	const guesses: ThrottleKey[] = [{ key: `coupon:${actor.id}`, ...GUESSES }];
	const wait = await takeAttempt(guesses);
	if (wait > 0) throw new DomainError('TOO_MANY_GUESSES', 'sales.error.guesses', 429, { minutes: wait });
	try {
		const redeemed = await writeTx(async (tx) => {
			const [found] = await tx.query<{ coupon: Record<string, unknown> & { id: string; code: string; amount: number; status: string; expiresOn: string }; pin: string | null; customerId: string | null }>('sales/lock-coupon', { code: input.code });
			if (!found || !found.pin || !samePin(found.pin, input.pin)) throw new DomainError('COUPON_WRONG', 'sales.error.couponWrong', 422, {}, { code: 'sales.error.couponWrong' });
			const { coupon } = found;
			if (coupon.status === 'redeemed') throw new DomainError('COUPON_USED', 'sales.error.couponUsed', 409, { on: String(coupon.redeemedOn ?? '') });
			const day = today();
			if (coupon.expiresOn < day) throw new DomainError('COUPON_EXPIRED', 'sales.error.couponExpired', 409, { on: coupon.expiresOn });
			const locked = await lockInvoice(tx, invoiceId);
			if (found.customerId && locked.customer && found.customerId !== locked.customer.id) throw new DomainError('COUPON_OTHER_CUSTOMER', 'sales.error.couponOther', 422);
			const deducted = Math.min(cents(coupon.amount), dueCents(locked.invoice));
			await settle(tx, locked, { deducted }, actor);
			await tx.query('sales/redeem-coupon', { couponId: coupon.id, invoiceId, on: day, deducted: money(deducted), actorId: actor.id });
			await recordChange(tx, coupon.id, 'updated', actor, [{ field: 'status', before: coupon.status, after: 'redeemed' }]);
			await announceChange(tx, { id: coupon.id, type: 'Coupon', name: coupon.code }, 'updated', actor);
			return { deducted: money(deducted) };
		});
		await attemptSettled(guesses);
		return redeemed;
	} catch (e) {
		if (e instanceof DomainError && e.code === 'COUPON_WRONG') await attemptFailed(guesses);
		else await attemptSettled(guesses);
		throw e;
	}
}

/** The job that removes expired coupons, each removal recorded on its customer's timeline. */
export const removeExpiredCoupons: JobHandler = async () => {
	const [row] = await write<{ removed: number }>('sales/remove-expired-coupons', { today: today(), actorId: 'system', actorName: 'Coupon expiry' });
	return { removed: row?.removed ?? 0 };
};
