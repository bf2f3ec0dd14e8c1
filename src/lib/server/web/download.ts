/** A generated file as a download: never cached, since what it says (an amount due, today's sales) changes. */
export function downloadResponse(body: string | Buffer, type: string, filename: string): Response {
	return new Response(typeof body === 'string' ? body : new Uint8Array(body), {
		headers: {
			'content-type': type,
			'content-disposition': `attachment; filename="${filename.replace(/[^\w.-]/g, '_')}"`,
			'cache-control': 'no-store'
		}
	});
}

export const pdfResponse = (pdf: Buffer, filename: string) => downloadResponse(pdf, 'application/pdf', filename);
