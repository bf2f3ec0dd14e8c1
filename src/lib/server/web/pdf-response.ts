/** A generated PDF as a download: never cached, since what it says (an amount due) changes. */
export function pdfResponse(pdf: Buffer, filename: string): Response {
	return new Response(new Uint8Array(pdf), {
		headers: {
			'content-type': 'application/pdf',
			'content-disposition': `attachment; filename="${filename.replace(/[^\w.-]/g, '_')}"`,
			'cache-control': 'no-store'
		}
	});
}
