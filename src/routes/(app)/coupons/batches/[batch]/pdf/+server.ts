import type { RequestHandler } from './$types';
import { couponSheetPdf } from '$lib/server/documents/pdf';
import { couponSheet } from '$lib/server/sales/coupons';
import { loadOr404, requireSignedIn } from '$lib/server/web/http';
import { pdfResponse } from '$lib/server/web/download';

/** A batch's printable sheet (IDs with their PINs): managers only. */
export const GET: RequestHandler = async ({ params, locals }) => {
	const user = requireSignedIn(locals);
	const sheet = await loadOr404(locals, () => couponSheet(params.batch, locals.locale, user));
	return pdfResponse(await couponSheetPdf(sheet), `coupons-${sheet.printedOn}.pdf`);
};
