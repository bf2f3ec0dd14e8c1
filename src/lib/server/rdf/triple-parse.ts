/**
 * Reads Turtle or N-Triples into triples that remember their line, for error messages.
 *
 * N-Triples is read line by line (one triple per line), so every invalid line is reported with
 * its number. Turtle statements span lines, so the parser stops at the first syntax error (its
 * line is reported); each triple's line is that of its object, which is where it ends.
 */
import { Parser, type Quad } from 'n3';
import type { ImportFormat, ImportIssue } from '$lib/domain/triples';

export interface LinedQuad {
	quad: Quad;
	line: number;
}

export interface Parsed {
	quads: LinedQuad[];
	errors: ImportIssue[];
}

/** n3 ends its messages with " on line N." (relative to what it was given); we give the line apart. */
const detailOf = (error: unknown) =>
	(error instanceof Error ? error.message : String(error)).replace(/\s+on line \d+\.?$/, '').slice(0, 300);

const lineOf = (error: unknown): number | null => {
	const context = (error as { context?: { line?: unknown } }).context;
	if (typeof context?.line === 'number') return context.line;
	const m = /line (\d+)/.exec(error instanceof Error ? error.message : '');
	return m ? Number(m[1]) : null;
};

const syntaxError = (line: number | null, error: unknown): ImportIssue => ({
	line,
	code: 'SYNTAX',
	message: 'error.triples.syntax',
	params: { detail: detailOf(error) }
});

function parseNTriples(text: string): Parsed {
	const quads: LinedQuad[] = [];
	const errors: ImportIssue[] = [];
	// One parser per line keeps an error on one line from hiding the next ones. A fixed blank node
	// prefix keeps `_:x` the same node on every line, as N-Triples wants within a document.
	text.split(/\r\n|\n|\r/).forEach((content, index) => {
		const line = index + 1;
		const trimmed = content.trim();
		if (trimmed === '' || trimmed.startsWith('#')) return;
		try {
			const parsed = new Parser({ format: 'N-Triples', blankNodePrefix: 'doc' }).parse(content);
			for (const quad of parsed) quads.push({ quad, line });
		} catch (e) {
			errors.push(syntaxError(line, e));
		}
	});
	return { quads, errors };
}

function parseTurtle(text: string, baseIRI: string): Promise<Parsed> {
	return new Promise((resolve) => {
		const quads: LinedQuad[] = [];
		let previousLine = 1;
		let currentLine = 1;
		const parser = new Parser({ format: 'Turtle', baseIRI, blankNodePrefix: 'doc' });
		// The quad is emitted on the punctuation after its object: the object is the token before.
		const callbacks = {
			onToken: (token: { line: number }) => {
				previousLine = currentLine;
				currentLine = token.line;
			},
			onQuad: (error: Error | null, quad: Quad | null) => {
				if (error) resolve({ quads, errors: [syntaxError(lineOf(error), error)] });
				else if (quad) quads.push({ quad, line: previousLine });
				else resolve({ quads, errors: [] });
			}
		};
		try {
			(parser.parse as unknown as (input: string, callbacks: object) => void)(text, callbacks);
		} catch (e) {
			resolve({ quads, errors: [syntaxError(lineOf(e), e)] });
		}
	});
}

export function parseTriples(text: string, format: ImportFormat, baseIRI: string): Promise<Parsed> {
	return format === 'ntriples' ? Promise.resolve(parseNTriples(text)) : parseTurtle(text, baseIRI);
}
