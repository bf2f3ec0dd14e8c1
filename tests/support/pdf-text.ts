import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { TextItem } from 'pdfjs-dist/types/src/display/api';

export interface ReadPdf {
	pages: string[];
	text: string;
	info: Record<string, unknown>;
}

/**
 * What a reader of the file sees: each page's text, read back by pdf.js, one line of print a line of
 * text (pdf.js cuts a line into several items, at spaces among others), and the metadata.
 */
export async function readPdf(file: Buffer): Promise<ReadPdf> {
	const pdf = await getDocument({ data: new Uint8Array(file), verbosity: 0, isEvalSupported: false }).promise;
	try {
		const pages: string[] = [];
		for (let n = 1; n <= pdf.numPages; n++) {
			const content = await (await pdf.getPage(n)).getTextContent();
			pages.push(
				content.items
					.filter((item): item is TextItem => 'str' in item)
					.map((item) => item.str + (item.hasEOL ? '\n' : ''))
					.join('')
			);
		}
		const { info } = await pdf.getMetadata();
		return { pages, text: pages.join('\n'), info: info as Record<string, unknown> };
	} finally {
		await pdf.destroy();
	}
}

