import type { DocumentCompany } from '$lib/domain/sales-documents';
import { read } from '$lib/server/db/driver';

/** Our own company (the first organisation marked ours) as a printed document's header names it. */
export async function ourCompanyForDocuments(): Promise<DocumentCompany> {
	const [row] = await read<{ name: string; street: string | null; postcode: string | null; city: string | null; phones: string[] | null; emails: string[] | null }>('sales/our-company');
	if (!row) return { name: 'Graph CRM', lines: [] };
	const place = [row.postcode, row.city].filter(Boolean).join(' ');
	return { name: row.name, lines: [row.street, place, row.phones?.[0], row.emails?.[0]].filter((l): l is string => Boolean(l)) };
}
