import type { RequestHandler } from './$types';
import { invoicePdf } from '$lib/server/documents/pdf';
import { invoiceDocument } from '$lib/server/sales/invoices';
import { loadOr404, requireAccess } from '$lib/server/web/http';
import { pdfResponse } from '$lib/server/web/download';

/** The invoice as a PDF, in the reader's language, for those who may see it. */
export const GET: RequestHandler = async ({ params, locals }) => {
	const { scope } = requireAccess(locals, 'Invoice', 'view');
	const doc = await loadOr404(locals, () => invoiceDocument(params.id, locals.locale, scope));
	return pdfResponse(await invoicePdf(doc), `${doc.number}.pdf`);
};
